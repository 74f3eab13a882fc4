"""Is a candidate span a name at all? Precision rules for running text.

A gazetteer of a million names contains most common words of every language
(Mobile, Reading, Nice, Bar, Police, Мир, Essen). A span is taken as a name
only with evidence:

* it is capitalized (all eight languages capitalize names);
* if it is also a common word (wordfreq Zipf frequency ≥ :data:`COMMON_ZIPF` in
  the document's language), then capitalization alone is not enough where it
  is forced: at the start of a sentence, in a Title-Case line, or (German) on
  any noun. There the entity must be prominent (a country, a region, a curated
  entity or a city of ``PROMINENT_POPULATION``), or, at a sentence's start, a
  sizeable place whose name is no very common word (Atlanta, not Mobile: Zipf
  below ``FORCED_ZIPF``), or the word must follow a locative preposition of
  that language (``in Essen``, ``w Barze``);
* capitalized mid-sentence, a very common word (Zipf ≥ ``VERY_COMMON_ZIPF``:
  West, David, Obama) still needs a sizeable place or a preposition, and so
  does a phrase made only of common words (Kansas City; The city is no
  sizeable place), unless its entity is prominent;
* very short spans (≤ 3 letters) must be written in capitals as an
  abbreviation of a curated entity (RDK, ЛСР), or be a dotted abbreviation of
  a region or country (S.C., Ga., U.S.) or a sizeable city's initials (L.A.);
* a single word between two capitalized words (``President Vladimir Putin``),
  after a capitalized word (``Roy Jones``) or an honorific (``Mr. Welch``),
  before a facility word (``Memphis Street``, ``Laurel County``), a
  speech verb (``Moore said``) or a capitalized uncommon word (``Linda
  Hawkins``) is part of a longer name or a person's, unless its entity is
  prominent; English month and weekday names and directions
  (West, Nord) are never names;
* an all-capitals word opening a sentence before a dash is a news dateline's
  place (``ATLANTA —``), and a span not taken on its own is taken in a
  ``City, Region`` pattern whose region holds it (``COLUMBUS, Ohio``, ``Mobile,
  Ala.``: :func:`toponyms.context.admit_city_of_region`);
* a word the document writes somewhere as a person's name (``Matthew D.
  Flores``, ``Flores said``) is that person throughout it, unless its entity is
  sizeable (:func:`in_context` says :data:`PERSON`; the normalizer applies it over the document);
* a common word matched only through an untagged GeoNames alternate name
  (those lists hold airport codes and stray words) is taken only for a
  prominent entity (München, Roma); one matched only through a matching key
  or a generated romanization (George ~ Géorgie, Jail ~ Хаїль) not even then.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from .derive import REGION_WORDS
from .givennames import given_names, surnames
from .inflect import lemma as lemmatize, reads_as_given_name, reads_as_name
from .textnorm import CYRILLIC as _CYRILLIC

#: wordfreq Zipf frequency from which a word counts as common (≈ once per 100k words).
COMMON_ZIPF = 3.8
#: Zipf frequency from which even a mid-sentence capitalized word needs a sizeable place.
VERY_COMMON_ZIPF = 4.3
#: From this frequency a word matching only a foreign town's untagged alternate needs more than a
#: sentence's opening capital.
UNTAGGED_LOWER_ZIPF = 3.0
#: From this population a foreign town's untagged alternate is an exonym, frequent for being its name.
EXONYM_POPULATION = 50_000
#: Zipf frequency below which a sizeable place's name is taken even where capitals are forced.
FORCED_ZIPF = 4.5
#: Zipf frequency from which a word is among its language's ~1,000 commonest: three letters that
#: are one are that language's word, not a city's name (German "bin", among Vienna's alternates).
WORD_ZIPF = 5.0
#: Zipf frequency from which a word is that language's, not a big city's untagged GeoNames
#: alternate name (Soul, Hang in English, Kasy, Boku in Polish: 4.5-4.9; Sola, Para, Dabei: 5.1-6.9).
#: The exonyms that are as frequent (Londres, Parigi, Londyn: 4.4-4.9) are tagged with their
#: language by CLDR (:data:`toponyms.layers.geonames.CLDR_FILE`) and need no such leave.
UNTAGGED_WORD_ZIPF = 4.5
#: Zipf frequency below which a capitalized German word after a given name that names a town is no noun of
#: the language but a surname going on with it (Hassan Nasrallah 2.1, Keith Kellogg 2.6; Hamas 3.6, Saar 3.6).
GERMAN_RARE_ZIPF = 2.7
#: Zipf frequency below which a capitalized word after a given name is a surname though Faker lacks it
#: (Bardella 1.1, Ramaphosa 2.3, Bernabéu 3.1 in Spanish: the Santiago Bernabéu; Hamas 3.6, Valley 4.7).
RARE_SURNAME_ZIPF = 3.2
#: Zipf frequency from which a given name is rather its language's word (Will, May: 6.3-6.6).
GIVEN_NAME_ZIPF = 5.5
#: From this population a city of a home country of the text's language opens a sentence by its name
#: unless that is one of the language's commonest words (Kraków chce..., Lyon accueille...; not Tours).
LOCAL_CITY_POPULATION = 250_000
#: Population of a sizeable place.
SIZEABLE_POPULATION = 100_000
#: Population from which a city is prominent enough to outweigh a common-word reading.
PROMINENT_POPULATION = 1_000_000
#: A place smaller than this is not named by a single word of its untagged alternate names alone.
SMALL_POPULATION = 10_000
#: From this population a town of a home country of the text's language is named by three letters
#: that are no very common word (Ulm in German, Pau in French), as a city of millions is by any.
LOCAL_SHORT_NAME_POPULATION = 50_000
#: The countries whose towns a language's press names without saying where they are (English has too
#: many; Russian and Ukrainian towns' own names in GeoNames are Latin, which a Cyrillic span never is).
HOME_COUNTRIES = {
    "de": frozenset({"DE", "AT", "CH"}), "fr": frozenset({"FR", "BE", "CH", "LU"}), "it": frozenset({"IT", "CH"}),
    "es": frozenset("ES MX AR CO PE VE CL EC GT CU BO DO HN PY SV NI CR PA UY".split()), "pl": frozenset({"PL"}),
}
#: Languages whose home countries' cities of :data:`LOCAL_CITY_POPULATION` open a sentence by their
#: names. Not Spanish (Soledad, Bello, Resistencia are words too), English (spoken in too many
#: countries, whose cities' names are surnames: Manchester was among...), German (its nouns are
#: capitalized anyway: a rule of its own) nor Russian and Ukrainian (Cyrillic names: rules of their own).
CITY_FIRST_LANGS = frozenset({"fr", "it", "pl"})
#: Locative prepositions that make a following capitalized word a place.
PREPOSITIONS = {
    "en": {
        "in", "at", "from", "near", "to", "of", "into", "across", "outside", "around", "throughout",
        "toward", "towards", "downtown", "within", "between", "through", "via",
    },
    "de": {"in", "aus", "nach", "bei", "von", "um", "nahe", "zwischen", "richtung", "bis", "unweit"},  # (in) Richtung Gelsenkirchen
    "fr": {"à", "a", "de", "en", "près", "vers", "entre", "depuis", "via"},
    "es": {"en", "de", "a", "desde", "hacia", "entre", "hasta", "via", "vía"},
    "it": {"a", "in", "da", "di", "presso", "verso", "tra", "fra", "per", "via", "sopra", "sotto", "oltre", "lungo"},
    "pl": {"w", "we", "z", "ze", "do", "pod", "nad", "koło", "na", "między", "pomiędzy", "przy", "od", "spod", "znad", "niedaleko", "obok", "wokół"},
    "ru": {"в", "во", "из", "под", "у", "около", "возле", "до", "за", "на", "от", "через", "вблизи", "близ", "вокруг"},
    "uk": {"в", "у", "з", "із", "зі", "під", "біля", "до", "за", "на", "від", "через", "поблизу", "неподалік", "навколо", "довкола"},
}
#: German nouns for a settlement, its area or a site in it, which announce its name (die Stadt Essen, im Raum Augsburg), and
#: for a US state (im Bundesstaat Washington): in German, where every noun is capitalized and Essen is a common
#: word, no other sign does.
SETTLEMENT_NOUNS = {
    "de": frozenset({
        "stadt", "hauptstadt", "großstadt", "gemeinde", "dorf", "ortschaft", "raum", "großraum", "bundesstaat", "bundesstaats",
        "kreisstadt", "landeshauptstadt", "hansestadt", "universitätsstadt", "kurstadt",
        # a firm's site, named by its town (am Stammsitz Ludwigshafen, im Werk Wolfsburg, am Standort Leverkusen)
        "standort", "stammsitz", "hauptsitz", "firmensitz", "konzernsitz", "werk",
    }),
    # and the words of military reports for a place's area and a settlement (в районе Мирнограда, у районі
    # Щастя; населённый пункт Новоалександровка, населеного пункту Мирне); the area's locative only, as a
    # genitive is a district's head's too (глава района Надежда Иванова)
    "ru": frozenset({
        "город", "города", "городе", "городу", "городом", "посёлок", "посёлке", "поселок", "поселке", "село", "селе",
        "районе", "пункт", "пункта", "пункте",
    }),
    "uk": frozenset({"місто", "міста", "місті", "місту", "містом", "селище", "селищі", "село", "селі", "районі", "пункт", "пункту", "пункті"}),
    # miasto, wieś, miejscowość in every case (burmistrz miasta Koła, w miejscowości Góra); not gmina, whose
    # name is its seat's but whose land is more (wójt gminy Koło: the rural gmina around the town)
    "pl": frozenset({
        "miasto", "miasta", "mieście", "miastu", "miastem", "wieś", "wsi", "wsią",
        "miejscowość", "miejscowości", "miejscowością",
    }),
}
#: Of :data:`SETTLEMENT_NOUNS`, the forms a genitive has (Polish wsi and miejscowości are other cases too).
_GENITIVE_SETTLEMENT_NOUNS = frozenset({"города", "пункта", "міста", "пункту", "miasta", "wsi", "miejscowości"})
#: Abbreviations of settlement nouns, written with a period: Russian г. (город), пос. (посёлок), с. (село),
#: пгт; Ukrainian м. (місто), с. (село), смт (селище міського типу).
_SETTLEMENT_ABBREVIATIONS = {"ru": frozenset({"г", "пос", "с", "пгт"}), "uk": frozenset({"м", "с", "смт"})}
#: Endings of German compounds naming a settlement, singular or plural (die Nachbarstädte Oberursel und
#: Friedrichsdorf, der Nachbarstadt Słubice, die Partnergemeinde Hütten).
_GERMAN_SETTLEMENT_ENDINGS = ("stadt", "städte", "städten", "gemeinde", "gemeinden")
#: Russian and Ukrainian words for a street or square, before its name (вулиця Покровська, ул.
#: Ленина): the name after one is the street's, not the town's or the person's it is named for.
STREET_WORDS = {
    "ru": frozenset({"улица", "улице", "улицу", "ул", "проспект", "проспекте", "переулок", "переулке", "площадь", "бульвар", "бульваре"}),
    "uk": frozenset({"вулиця", "вулицю", "вул", "проспект", "проспекті", "просп", "провулок", "провулку", "площа", "бульвар", "бульварі"}),
}
#: A river word right before a name, one space between (на реке Ишим, у реки Днепр, через річку
#: Дніпро, il fiume Savio, el río Ebro), or a river bank's (з лівого берега Дніпра, на левом берегу
#: Днепра, the east bank of the Dnipro, am linken Ufer des Dnipro, la rive gauche du Dniepr, la orilla
#: izquierda del Dniéper, sulla riva sinistra del Dnipro, na lewym brzegu Dniepru): a town's name written
#: so is the river's (see the normalizer). Not the plural "берегов" (у берегов Одессы: off the city's
#: coast). English writes "River" after the name. At most :data:`RIVER_BEFORE_CHARS` before the name.
RIVER_BEFORE = {
    "ru": re.compile(r"(?i:\b(?:река|реки|реке|реку|рекой|речка|речки|речке|речку|берег|берега|берегу|береге|берегом) )\Z"),
    "uk": re.compile(r"(?i:\b(?:річка|річки|річці|річку|річкою|ріка|ріки|ріці|ріку|берег|берега|березі|берегу|берегом) )\Z"),
    "en": re.compile(r"(?i:\bbanks? of the )\Z"),
    "de": re.compile(r"(?i:\b(?:Ufer|Ufers|Ufern) (?:des|der) )\Z"),
    "it": re.compile(r"(?i:\b(?:fiume|torrente|(?:riva|sponda) (?:(?:sinistra|destra|orientale|occidentale) )?del) )\Z"),  # il fiume Savio
    "es": re.compile(r"(?i:\b(?:río|rio|(?:orilla|ribera|margen) (?:(?:izquierda|derecha|oriental|occidental) )?del) )\Z"),  # el río Ebro
    "fr": re.compile(r"(?i:\b(?:rivière|fleuve|(?:rive|berge)s? (?:(?:gauche|droite) )?(?:du|de la)) )\Z"),  # la rivière Yamaska
    "pl": re.compile(r"(?i:\b(?:rzeka|rzeki|rzece|rzekę|rzeką|brzeg|brzegu|brzegiem|brzegi|brzegach) )\Z"),  # rzeka Nysa
}
#: A Russian or Ukrainian river's word in a singular case no genitive shares, which a name after it in its
#: own form stands beside as the river's (на реке Кубань: the river, not Кубань, Krasnodar Krai; but реки
#: Крыма, Річки Закарпаття: the rivers of a region).
RIVER_APPOSITION = {
    "ru": re.compile(r"(?i:\b(?:река|реке|реку|рекой) )\Z"),
    "uk": re.compile(r"(?i:\b(?:річка|річці|річку|річкою|ріка|ріці|ріку) )\Z"),
}
#: How far before a name :data:`RIVER_BEFORE` looks (la orilla izquierda del: 21).
RIVER_BEFORE_CHARS = 24
#: A street's, square's or gate's word right before a name, with the preposition or article that
#: joins them, in the languages whose streets are named so (rue de Rivoli, via Roma, corso Buenos
#: Aires, plaza de España, Puerta del Sol, ulica Kijowska). Not French "place" after "la" (à la place
#: de: instead of), nor Italian "via" but after a preposition (in via Roma; a New York via Londra is
#: "by way of"), nor words whose name is the town's (la gare de Kramatorsk, al largo di Lampedusa).
_STREET_BEFORE = {
    lang: re.compile(rf"(?i:\b(?:{words})\.?\s+(?:{joins})?)\Z")
    for lang, words, joins in (
        ("fr", r"rue|boulevard|bd|avenue|av|(?<!la )place|quai|allée|impasse|passage|square|porte",
         r"de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’]"),
        ("it", r"(?:(?<=\bin )|(?<=\ba )|(?<=\bdi )|(?<=\bda )|(?<=\bsu )|(?<=\bper )|(?<=nella )|(?<=della )|(?<=sulla )|(?<=alla )|(?<=dalla ))via"
               r"|viale|corso|piazza|piazzale|vicolo|lungomare|lungotevere",
         r"di\s+|del\s+|della\s+|dei\s+|degli\s+|dell['’]"),
        ("es", r"calle|avenida|avda|av|paseo|plaza|glorieta|ronda|puerta|pasaje",
         r"de\s+la\s+|de\s+los\s+|de\s+las\s+|del\s+|de\s+"),
        ("pl", r"ulica|ulicy|ulicą|ulicę|ul|aleja|alei|aleje|alejach|plac|placu|rondo|ronda|osiedle|osiedlu", r""),
    )
}
#: An English sea's, gulf's, bay's or strait's word and "of" right before a name: the water body named after
#: the place (the Gulf of Mexico, the Sea of Azov, the Bay of Bengal), not the place.
_WATER_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Straits?) of (?:the )?\Z")
#: The same words alone: "the Gulf" is the Persian Gulf, and "Gulf" no Papua New Guinean province in the
#: Gulf of Alaska (its province is "Gulf Province", a span of its own).
_WATER_WORDS = frozenset({"Gulf", "Sea", "Bay", "Strait", "Straits"})
#: A sea's or an ocean's word right after a name: the Caspian Sea, the South China Sea (not Caspian,
#: Michigan, nor China), in title case too, where "Kentucky River" is a headline's words.
_WATER_AFTER = re.compile(r" (?:Sea|Ocean)\b")


#: Words for a tropical cyclone or a named storm, in the eight languages, lower-cased (not German
#: Sturm, also a club's name: Sturm Graz; nor Polish niż, also "than"); and those taken only as
#: written (English Storm Ciarán, German Tief Boris: storm and tief are common words lower-cased).
STORM_WORDS = frozenset(
    """hurricane typhoon cyclone ouragan typhon tempête tempete huracán huracan tifón tifon ciclón ciclon
    tormenta borrasca uragano tifone ciclone tempesta hurrikan taifun zyklon wirbelsturm orkan sturmtief
    huragan tajfun cyklon ураган тайфун циклон шторм
    hurrikans taifuns sturmtiefs huraganu huraganem huraganie tajfunu tajfunem tajfunie cyklonu cyklonem
    урагана урагану ураганом урагане тайфуна тайфуну тайфуном тайфуне циклона циклону циклоном шторма шторму штормом""".split()
)
STORM_WORDS_AS_WRITTEN = frozenset({"Storm", "Tief"})


#: A sports club's abbreviation before a name (FC Bayern München, AS Roma, SSC Napoli, RB Leipzig, CF Valencia):
#: the name is the club's (case-sensitive: "as" and "sv" are words).
_CLUB_BEFORE = re.compile(
    r"(?<![\w.])(?:1\. )?(?:FC|AC|AS|SC|SV|SSC|VfB|VfL|TSV|TSG|FSV|RB|CF|CD|UD|SD|RCD|OGC|KS|GKS|MKS|FK|NK|SK|AFC|BK|IFK|CSKA|PFK|ФК|ПФК) \Z"
)
#: Italian masculine articles, bare or joined to a preposition, before a name: an Italian town so named is
#: its football club (il Napoli, contro il Torino, del Bologna), as the towns themselves are feminine.
ITALIAN_MASCULINE_BEFORE = re.compile(r"(?<!\w)(?:[Ii]l|[Dd]el|[Aa]l|[Dd]al|[Nn]el|[Ss]ul|[Cc]ol) \Z")
#: The Italian elided article, bare or joined to a preposition, before a name: a town is named with no
#: article (l'Atalanta, dell'Empoli: the clubs).
ITALIAN_ELIDED_BEFORE = re.compile(r"(?<!\w)(?:[Ll]|[Dd]ell|[Aa]ll|[Dd]all|[Nn]ell|[Ss]ull)['’]\Z")


def after_storm_word(text: str, start: int) -> bool:
    """Whether a word for a storm comes right before ``start`` (Hurricane Milton, Tropical Storm
    Alberto, l'ouragan Florence): the name is the storm's. A string test, not a regex search: this
    runs for every candidate mention."""
    if text[start - 1 : start] != " ":
        return False
    low = max(0, start - 16)
    space = text.rfind(" ", low, start - 1)
    if space < 0 and low > 0:
        return False  # a word of 15 letters or more: no storm's (and no slice of the whole text before)
    # The word without an opening bracket or quote, or an elided article (l'ouragan, dell'uragano).
    word = text[space + 1 : start - 1].lstrip("([\"«„“").rpartition("'")[2].rpartition("’")[2]
    if word in STORM_WORDS_AS_WRITTEN or word.lower() in STORM_WORDS:
        return True
    return word.lower() == "storm" and text[max(0, space - 8) : space].lower() == "tropical"


#: Forms of those words that are also plurals (на улицы Москвы, "onto Moscow's streets"): a street's
#: name after them only when it is an adjective (улицы Покровской, вулиці Покровській).
STREET_WORDS_PLURAL = {"ru": frozenset({"улицы", "площади"}), "uk": frozenset({"вулиці", "площі"})}
_ADJECTIVE_ENDING = re.compile(r"(?:ая|ой|ую|ий|ый|ого|ом|ему|ська|ській|ської|ську|цька|цькій|цької|цьку|на|ній|ної|ну)\Z")
#: A Russian or Ukrainian word for a district (raion, okrug), its adjective (Кировский районный суд) or a
#: hromada, right after a name: the name is the adjective of the district's town (Покровського району,
#: Соль-Илецком городском округе), and the gazetteer has no districts; so for a sea, a bay, a strait, a
#: lake, a reservoir, a bridge, a highway or an avenue, which it has not either (Чёрного моря, Крымскому
#: мосту, Горьковском шоссе: not the villages Chornoye, Krymskoye and Gor'kovskoye).
_DISTRICT_AFTER = re.compile(
    r" (?:район(?:у|і|а|е|и|ы|ом|ах|ам|ами|ів|ов)?|районн\w+|р-н(?:у|і|а|е)?|громад(?:а|и|і|у|ою|ам|ами|ах)?"
    r"|(?:(?:городск|муниципальн|федеральн|міськ|муніципальн)\w* )?округ(?:а|е|у|ом|и|ах|ов|ів|ам|і)?"
    r"|мор(?:е|я|ю|ем|і|ям)|залив(?:а|е|у|ом)?|заток(?:а|и|і|у|ою)|пролив(?:а|е|у|ом)?|проток(?:а|и|і|у|ою)"
    r"|озер(?:о|а|е|у|ом|і)|водохранилищ(?:е|а|у|ем)|водосховищ(?:е|а|і|у|ем)|мост(?:а|у|ом|е|і)?|міст"
    r"|шоссе|шосе|трасс(?:а|ы|е|у|ой)|трас(?:а|и|і|у|ою)|проспект(?:а|е|у|ом|і)?)\b"
)
#: Endings of English adjectives of regions and peoples (Baltic, Caribbean, Chinese, Welsh), which small
#: towns are named like.
_ADJECTIVE_SUFFIXES = ("ic", "ian", "ean", "ese", "sh")
#: French "dans" and an article right before a word: a territory's name follows (dans le Var, dans l'Aude).
_FRENCH_IN_THE = re.compile(r"\b[Dd]ans (?:le |la |l['’])\Z")
#: English "the" right before a word, and a lower-case word right after one.
_THE_BEFORE = re.compile(r"\b[Tt]he \Z")
_LOWER_WORD_AFTER = re.compile(r" [a-z]")
#: Characters either side of a word looked at to tell a headline.
TITLE_WINDOW = 80
#: A word of four letters or more; the group is its first letter.
_LONG_WORD_INITIAL = re.compile(r"([^\W\d_])[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»„\n(\[]\s*$|^\s*$")
_PREV_WORD = re.compile(r"(\w+)\W*$")
#: The word right before a position, one space between.
_WORD_AND_SPACE_BEFORE = re.compile(r"(?<!\w)(\w+) \Z")


def _frequency(span: str, lemma: str | None, lang: str) -> float:
    """The Zipf frequency of a span, or of its dictionary form when that is higher (mit Booten: Boot)."""
    return max(zipf(span, lang), zipf(lemma, lang)) if lemma else zipf(span, lang)


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """wordfreq's Zipf frequency of ``word`` (lower-cased) in ``lang`` (English when unknown).

    From wordfreq's ``small`` lists, which hold every word from Zipf 3 up: the
    thresholds here start at 3.8, so the answer is the same as with its default
    ``best`` lists, in 44 MB of memory for the eight languages instead of 450 MB.
    """
    from wordfreq import zipf_frequency

    word = word.lower()
    # Russian writes ё or е at will, and wordfreq counts a word mostly without it (сёла 2.2, села 4.7).
    forms = (word, word.replace("ё", "е")) if "ё" in word else (word,)
    try:
        return max(zipf_frequency(form, lang, wordlist="small") for form in forms)
    except LookupError:
        return max(zipf_frequency(form, "en", wordlist="small") for form in forms)


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a quotation."""
    return bool(_SENTENCE_END.search(text[max(0, start - 4) : start]))


def dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a news dateline's place, opening a sentence or the text: in capitals
    before a dash (``ATLANTA —``, ``TOULOUSE (Reuters) —``), or as written before a news agency's bracket
    and a dash (``Essen (dpa/lnw) -``, ``Hof (dpa/lby) -``: German agencies' style; ``Reading (AP) —``),
    however common a word the name is. A dateline names a city."""
    dash = _DATELINE_DASH if text[start:end].isupper() else _AGENCY_DASH
    return bool(dash.match(text, end)) and sentence_initial(text, start)


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """Where the word right before ``start`` begins, and the word (within 16 characters: miejscowości, Landeshauptstadt)."""
    base = max(0, start - 16)
    match = _PREV_WORD.search(text[base:start])
    return (base + match.start(1), match.group(1)) if match else None


def after_settlement_noun(text: str, start: int, lang: str, *, genitive: bool = False) -> bool:
    """Whether a noun for a settlement (German Stadt, Gemeinde...) comes right before ``start``, spaces
    between (not a sentence's last word: Белгородского района. По словам...), or its abbreviation and
    a period (у м. Бар, в г. Шахты); with ``genitive``, only one in a form the genitive has, after
    which a person's name may follow as well as the town's (prezydent miasta Hanna Zdanowska, мэр
    города; not в посёлке Мир)."""
    nouns = SETTLEMENT_NOUNS.get(lang)
    if not nouns:
        return False
    word = _word_before(text, start)
    if word is None:
        return False
    before = word[1].lower()
    gap = text[word[0] + len(word[1]) : start]
    if genitive:
        return gap.isspace() and before in _GENITIVE_SETTLEMENT_NOUNS
    if not gap.isspace():
        return gap[:1] == "." and gap[1:].isspace() and before in _SETTLEMENT_ABBREVIATIONS.get(lang, ())
    return before in nouns or (lang == "de" and before.endswith(_GERMAN_SETTLEMENT_ENDINGS))


def names_a_street_or_district(text: str, start: int, end: int, lang: str, declined: bool = False) -> bool:
    """Whether ``text[start:end]`` is a street's name (after вулиця, ул.) or a district's
    adjective (before району, громади), in Russian or Ukrainian: Покровська and Покровського there
    name neither Pokrovsk nor the village Покровське. After a word that is a street's singular and
    plural both (вулиці), an adjective or a noun as written, not ``declined``, is a street's name (на
    вулиці Хрещатик), a declined noun the city's (вулиці Києва: Kyiv's streets)."""
    if _DISTRICT_AFTER.match(text, end):
        return True
    word = _word_before(text, start)
    if word is None:
        return False
    before = word[1].lower()
    return before in STREET_WORDS[lang] or (
        before in STREET_WORDS_PLURAL[lang] and (not declined or bool(_ADJECTIVE_ENDING.search(text, start, end)))
    )


def _german_noun_before(text: str, start: int) -> bool:
    """Whether the word before ``start`` makes the next word a common noun in German: an article or
    determiner (der, im, zum, kein...), an adjective's ending (große, gutes), or nothing (a sentence's start)."""
    if sentence_initial(text, start):
        return True
    word = _word_before(text, start)
    if word is None:
        return True
    if word[1][:1].isupper() and word[1].lower() not in _GERMAN_DETERMINERS:
        # A noun or a name before it (Borussia Dortmund, RB Leipzig, Flughafen Frankfurt): a thing's name,
        # unless that word opens the sentence (Auch Kassel und Fulda) or is a day's or a month's (besuchte
        # am Montag Saarbrücken).
        return not sentence_initial(text, word[0]) and word[1] not in CALENDAR_WORDS["de"]
    return _german_modifier(word[1])


def _german_modifier(word: str) -> bool:
    """Whether the German ``word`` makes the capitalized word after it a common noun: an article or a
    determiner (die Lage, Die Halle, im Zug) or a lower-case adjective's ending (große, lange, gutes);
    not a verb's form that ends so (besuchte, erreichte Saarbrücken: the dictionary reads it as a form
    of an infinitive, besuchen), after which the capitalized word is its object."""
    before = word.lower()
    if before in _GERMAN_DETERMINERS:
        return True
    if not (word[:1].islower() and len(before) > 3 and before.endswith(_GERMAN_ADJECTIVE_ENDINGS) and before not in _GERMAN_FUNCTION_WORDS):
        return False
    form = lemmatize(word, "de")
    return form == word or not form.endswith(_GERMAN_INFINITIVE_ENDINGS)


#: German articles, article-fused prepositions and determiners.
_GERMAN_DETERMINERS = frozenset(
    """
    der die das dem den des ein eine einem einen einer eines im am zum zur vom beim ins ans aufs
    kein keine keinem keinen keiner mein meine dein deine sein seine ihr ihre unser unsere euer eure
    dies diese dieser dieses diesem diesen jede jeder jedes jedem jeden welche welcher welches
    alle allen aller viel viele vielen mehr etwas mit ohne
    """.split()
)
#: Adjective endings of German (große Halle, gutes Essen, im neuen Zug).
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
#: Endings of German infinitives (besuchen, ändern, sammeln): a word the dictionary reads as a form of one is a verb's.
_GERMAN_INFINITIVE_ENDINGS = ("en", "ern", "eln")
#: German words ending so that are no adjectives: conjunctions and prepositions before a name.
_GERMAN_FUNCTION_WORDS = frozenset("sowie oder aber sondern gegen neben zwischen hinter unter über wider etwa nahe gegenüber entlang außer seit".split())


#: German prepositions that a town's name follows with no article and a noun seldom does: not "um"
#: (Zug um Zug), "bis" (bis Ende), "aus" and "bei", after which a material's or the weather's noun goes
#: without one (aus Stein, bei Regen: Stein and Regen are Bavarian towns).
_GERMAN_PLACE_PREPOSITIONS = frozenset({"in", "nach", "von", "nahe", "unweit", "zwischen"})
_GERMAN_LIST_PREPOSITIONS = _GERMAN_PLACE_PREPOSITIONS | {"aus"}
#: The second half of a German pair of nouns (von Hof zu Hof, von Haus zu Haus), or a number after the
#: noun (in Halle 4 der Messe).
_GERMAN_NOUN_PAIR = re.compile(r" (?:(?:zu|um|für|an) [A-ZÄÖÜ]|\d)")
#: A German conjunction after a word (in Zug und Bus, von Regen und Schlamm, zwischen Regen und Zwiesel).
_GERMAN_AND_NEXT = re.compile(r" (?:und|oder|sowie|&) ")


def after_german_place_preposition(text: str, start: int, end: int, listed: bool = False) -> bool:
    """Whether ``text[start:end]`` follows a German preposition with no article, as a town's name does
    (in Zug, von Hof, nach Fulda) and a noun seldom (im Zug, am Hof); not a pair of nouns' (von Hof zu
    Hof) nor a numbered thing's (in Halle 4 der Messe). ``listed``: the word opens a list that a town
    taken closes, where "aus" counts too (Pendler aus Zug und Luzern), as a material's noun is none
    (aus Stein und Holz: Holz names no town)."""
    word = _word_before(text, start)
    prepositions = _GERMAN_LIST_PREPOSITIONS if listed else _GERMAN_PLACE_PREPOSITIONS
    return word is not None and word[1].lower() in prepositions and not _GERMAN_NOUN_PAIR.match(text, end)


def after_preposition(text: str, start: int, lang: str) -> bool:
    """Whether a preposition (in, near, под...) comes right before ``start``; not an English "of"
    after a capitalized word, which joins the words of one name (Chamber of Commerce, Bank of America)."""
    word = _word_before(text, start)
    if word is None or word[1].lower() not in PREPOSITIONS.get(lang, PREPOSITIONS["en"]):
        return False
    if word[1] != "of" or lang != "en":
        return True
    before = _PREV_WORD.search(text[max(0, word[0] - 24) : word[0]])
    return not (before and before.group(1)[0].isupper())


#: A lower-case word inside a name of several (Frankfurt an der Oder, Weil am Rhein).
_LOWER_INNER_WORD = re.compile(r" [a-zäöüß]+ ")
#: Words that join the names of a list, by language.
CONJUNCTIONS = {
    "en": frozenset({"and", "or"}), "de": frozenset({"und", "oder", "sowie"}), "fr": frozenset({"et", "ou"}),
    "es": frozenset({"y", "e", "o"}), "it": frozenset({"e", "ed", "o"}), "pl": frozenset({"i", "oraz", "lub"}),
    "ru": frozenset({"и", "или"}), "uk": frozenset({"і", "й", "та", "або"}),
}
_LIST_TOKEN = re.compile(r"[\w'’-]+|[,.;:!?]")
#: How far back a list of names is followed to its preposition, in characters.
LIST_REACH = 80


def after_listed_preposition(text: str, start: int, end: int, lang: str) -> bool:
    """Whether ``text[start:end]`` follows a comma or conjunction that continues a list of capitalized
    names a preposition or a settlement noun opened (w Zielonej Górze i Nowej Soli, in Boston, Mobile and
    Reading; в районе Щербиновки и Кругляковки; also at
    a sentence's start: W Zielonej Górze i Nowej Soli): the preposition holds for every name of the
    list, as :func:`after_preposition` reads it before the list's first name (not an English "of"
    joining one name's words: Department of Energy and Commerce). After a single comma, the list goes
    on after the name too: "In Washington, Congress met" opens a sentence with a place, no list; after
    a second one it is a list already (in Seattle, Mobile, Reading, Bath)."""
    conjunctions = CONJUNCTIONS.get(lang)
    if not conjunctions:
        return False
    base = max(0, start - LIST_REACH)
    tokens = list(_LIST_TOKEN.finditer(text, base, start))
    if base and text[base - 1].isalnum() and text[base].isalnum():
        tokens = tokens[1:]  # a word cut by the window ("in" of Dublin) is no preposition
    if not tokens or (tokens[-1].group() != "," and tokens[-1].group() not in conjunctions):
        return False
    # After a comma alone, whether the list goes on after the name (looked at only if needed).
    goes_on = tokens[-1].group() != "," or ((after := _LIST_TOKEN.search(text, end, end + 16)) is not None and (
        after.group() == "," or after.group() in conjunctions
    ))
    prepositions = PREPOSITIONS.get(lang, PREPOSITIONS["en"])
    names = 0
    for i in range(len(tokens) - 2, -1, -1):
        token = tokens[i].group()
        if token == ",":
            # A second comma: a list of three names or more (not in German, whose nouns are capitalized:
            # Arbeit, Familie, Essen).
            goes_on = goes_on or lang != "de"
            continue
        if token in conjunctions:
            continue
        if token in ".;:!?":
            return False
        opens_sentence = (i == 0 and not base) or (i > 0 and tokens[i - 1].group() in ".;:!?")
        if token[:1].isupper() and not (opens_sentence and token.lower() in prepositions):
            names += 1
            continue
        opened = tokens[i + 1].start()
        return names > 0 and goes_on and (after_preposition(text, opened, lang) or after_settlement_noun(text, opened, lang))
    return False


def title_case_line(text: str, start: int) -> bool:
    """Whether the line around ``start`` capitalizes most of its words (a headline).

    Only ``TITLE_WINDOW`` characters either side are looked at: a news article
    often comes as one long line, and a headline is short.
    """
    line_start = max(text.rfind("\n", 0, start) + 1, start - TITLE_WINDOW)
    line_end = text.find("\n", start, start + TITLE_WINDOW)
    initials = _LONG_WORD_INITIAL.findall(text, line_start, line_end if line_end != -1 else start + TITLE_WINDOW)
    return len(initials) >= 4 and sum(map(str.isupper, initials)) >= 0.7 * len(initials)


_NEXT_WORD = re.compile(r" (\w+)")


def word_after(text: str, end: int) -> str | None:
    """The word right after ``end``, one space between (``Moore said``: "said"), or None."""
    after = _NEXT_WORD.match(text, end)
    return after.group(1) if after else None
#: A Russian or Ukrainian division word in any case, after a region's or a district's adjective
#: (Саратовской области, Белгородского района).
_DIVISION_AFTER = re.compile(r" (?:област\w*|обл\.|кра[йюяе]\w*|округ\w*|район\w*|р-н\w*)")
#: Words after a place name that make a name of a lodging, venue, water or carrier of it, even of a
#: prominent place when capitalized (Cascade Motel, Kentucky River, Alaska Airlines; not "a Georgia
#: jail", a jail in Georgia).
NAMED_AFTER_WORDS = {
    "en": frozenset("motel hotel inn museum library stadium arena bridge jail courthouse fairgrounds river creek lake dam airlines airways press".split()),
    # A news agency's name in any language (MADRID (Europa Press) —).
    **{lang: frozenset({"press"}) for lang in ("ru", "uk", "de", "fr", "es", "pl", "it")},
}
#: Words after a place name that make it part of a street, building or institution name (or of
#: another division's: Laurel County). Not a place's services: Richmond police, Oxford Fire
#: Department still name the place. A prominent place keeps its mention before the others (applied
#: to prominent places too, they cost 34 of LGL's gold mentions).
FACILITY_WORDS = {
    "en": frozenset(
        "street st avenue ave road rd boulevard blvd drive dr lane ln way court highway hwy parkway pike "
        "center centre hall school college university hospital church station airport mall plaza square "
        "county parish township high middle elementary academy brigade regiment battalion "
        # and the generic words of features named after a place (Puget Sound, Hudson Valley, Cape Cod Bay)
        "sound bay strait canal gulf peninsula valley mountains falls harbor harbour islands "
        # and a commodity named after one (Brent crude: the North Sea oil field's, not the London borough)
        "crude".split()
    ) | NAMED_AFTER_WORDS["en"],
}
#: A military unit's word right before a name, in the languages that write it so (le régiment Azov,
#: el regimiento Azov, il battaglione Azov, pułku Azow, das Regiment Asow): the unit named after the
#: place, not the place (English writes the word after it: the Azov brigade, :data:`FACILITY_WORDS`).
_UNIT_BEFORE = {
    lang: re.compile(rf"(?i:\b(?:{words}) )\Z")
    for lang, words in (
        ("fr", r"régiment|brigade|bataillon"),
        ("es", r"regimiento|brigada|batallón"),
        ("it", r"reggimento|brigata|battaglione"),
        ("pl", r"pułk|pułku|pułkiem|brygada|brygady|brygadzie|brygadą|batalion|batalionu|batalionem"),
        ("de", r"Regiment|Regiments|Brigade|Bataillon|Bataillons"),
    )
}
#: Directions: official names of regions (West and South in Cameroon, Western in Ghana, Nord
#: in France) but in running text nearly always a direction (the West, Western nations).
COMPASS_WORDS = frozenset(
    """
    north south east west northern southern eastern western central centre center
    northeast northwest southeast southwest north-east north-west south-east south-west
    nord sud est ouest norte sur este oeste centro norden süden osten westen süd ost północ południe wschód zachód
    """.split()
)
#: Compass and centre adjectives and nouns of the other languages, in any case and gender (French
#: Centrale, Italian Occidentale, Polish Południowej, Ukrainian Заходу): on their own the names of
#: no place, though ISO calls regions so (Togo's Centrale, Botswana's Southern, Cameroon's Ouest).
_COMPASS_FORMS = re.compile(
    r"(?:(?:central|occidental|oriental|méridional|septentrional|meridional|settentrional)(?:e|es|i|aux)?|ovest"
    r"|(?:południow|północn|centraln)(?:y|a|e|ej|ego|emu|ym|ą|i|ych|ymi|o)?"
    r"|(?:wschodni|zachodni)(?:a|e|ej|ego|emu|m|mi|ą|ch|o)?"
    r"|захід|заход(?:у|і|и|ом)|схід|сход(?:у|і|и|ом)|південь|півдн(?:я|і|ю|ем)|північ|півночі|північчю"
    r"|західн\w*|східн\w*|південн\w*|північн\w*|центральн\w*)"
)


def is_compass(word: str) -> bool:
    """Whether ``word`` is a compass point or its adjective (Nord, Ouest, southern, zachodniej)."""
    folded = word.casefold()
    return folded in COMPASS_WORDS or _COMPASS_FORMS.fullmatch(folded) is not None


#: Division nouns that stand for a region of the text's own country, not for the one foreign region
#: whose translated name they are (German "der Freistaat" is Bavaria or Saxony, not South Africa's
#: Free State; "Kanton" a Swiss canton, not Guangzhou).
DIVISION_NOUNS = {"de": frozenset({"freistaat", "kanton", "land", "bundesland"})}
#: Month, weekday and holiday names, by language: capitalized, common, and places elsewhere (March,
#: Sunday; Navidad, Chile).
CALENDAR_WORDS = {
    "en": frozenset(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter".split()
    ),
    # German capitalizes its months and weekdays too (im Mai, am Montag).
    "de": frozenset(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember "
        "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Weihnachten Ostern Pfingsten Silvester".split()
    ),
    "fr": frozenset("Noël Pâques Toussaint Pentecôte".split()),
    "es": frozenset("Navidad Nochebuena Nochevieja Pascua".split()),
    "it": frozenset("Natale Pasqua Pasquetta Ferragosto Epifania".split()),
    "pl": frozenset("Wielkanoc Wigilia".split()),
    "ru": frozenset("Рождество Пасха".split()),
    "uk": frozenset("Різдво Великдень".split()),
}
#: Months and weekdays of the languages that write them in lower case, and every language's
#: :data:`CALENDAR_WORDS`, lower-cased: Faker lists April, August, June, Domenica among given names.
_CALENDAR_LOWER = frozenset(
    """janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado domingo
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
    poniedziałek wtorek środa czwartek piątek sobota niedziela
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень""".split()
) | frozenset(word.lower() for words in CALENDAR_WORDS.values() for word in words)
#: Capitalized words after a town's name that say the town is meant, not a person named so (Troy
#: Police, Lawrence Mayor ...): those not already among the language's commonest (Fire, City, Council).
_TOWN_SERVICE_WORDS = frozenset({"mayor", "residents", "officials", "sheriff", "voters"})
#: Capitalized words after a small town's name that is a common word which still name the town, among
#: the first three (Lindsay Police, Monroe Mayor, Princeton Community Hospital, Liberty Public Schools),
#: where other capitalized words make a firm's or a unit's name of it (the Patrol Division, Landmark Bank).
_TOWN_WORDS_AFTER = _TOWN_SERVICE_WORDS | {
    "police", "fire", "city", "council", "community", "town", "village", "board", "schools", "area", "municipal", "court", "library",
    "key",  # Marathon Key: the island the town is on
}


def _town_words_after(text: str, end: int) -> bool:
    """Whether the capitalized words right after ``end`` (up to three) name a town's services or people
    (Lindsay Police, Monroe Mayor, Mount Pleasant City Council, Liberty Public Schools)."""
    run = _CAPITALIZED_RUN.match(text, end)
    return run is not None and any(_POSSESSIVE.sub("", word).lower() in _TOWN_WORDS_AFTER for word in run.group().split())


def town_word_after(text: str, end: int) -> bool:
    """Whether an English lower-case word for a town's services or people follows ``end`` (Reading police,
    Monroe residents): a word a name takes, not a gerund's object (Reading the report)."""
    return word_after(text, end) in _TOWN_WORDS_AFTER


#: Words right before a name that a river takes and a town does not, for a name a river shares with
#: a town (the Dnieper and the city of Dnipro: Дніпро, Днепр, Dniepr): a definite article (crossed the
#: Dnipro, den Dnepr, am Dnipro, le Dniepr, el Dniéper, il Dnepr, sul Dnipro), and in Russian, Ukrainian
#: and Polish a river's prepositions: "на" with the locative (на Днепре, на Дунаї: on it; в Днепре is in
#: the city), "через" (across), "na" (na Wiśle; a town takes "w"), "nad" (Kijów nad Dnieprem), "zza"
#: (from beyond: zza Dniepru) and "przez", and the verb of forcing a river (форсували Дніпро, форсировать
#: Днепр, sforsowali Dniepr).
_RIVER_ARTICLE_BEFORE = {
    "it": ITALIAN_MASCULINE_BEFORE,  # il Dnepr, sul Dnipro: a river's article is a club's (il Napoli)
    **{
        lang: re.compile(rf"(?i:(?<!\w)(?:{words}) )\Z")
        for lang, words in (
            ("en", "the"),
            ("de", "der|die|den|dem|des|am|im|vom|zum|ans|ins"),
            ("fr", "le|du|au"),
            ("es", "el|del|al"),
            ("ru", r"на|через|форсирова\w*"),
            ("uk", r"на|через|форсува\w*"),
            ("pl", r"na|nad|przez|zza|s?forsowa\w*"),
        )
    },
}
#: Words after a name shared by a river and a town that name the town after all (the Dnipro city council,
#: the Dnipro authorities; a region's or district's word makes a longer name, which the scanner finds).
_TOWN_AFTER_ARTICLE = _TOWN_SERVICE_WORDS | frozenset({"city", "council", "authorities", "administration", "governor", "airport", "station", "metro"})


def names_river(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the words around ``text[start:end]`` name a river rather than a town of the same name (see
    :data:`_RIVER_ARTICLE_BEFORE`): a river's word or bank before it (:data:`RIVER_BEFORE`), English "river"
    after it (the Dnipro River), or an article or a river's preposition before it. For choosing between a
    river and a town the gazetteer both has; a town alone is not rejected on an article (the Hague)."""
    window = max(0, start - RIVER_BEFORE_CHARS)
    if (river := RIVER_BEFORE.get(lang)) is not None and river.search(text, window, start):
        return True
    after = _NEXT_WORD.match(text, end)
    if lang == "en" and after is not None and after.group(1).lower() == "river":
        return True
    article = _RIVER_ARTICLE_BEFORE.get(lang)
    if article is None or not (found := article.search(text, window, start)):
        return False
    if lang in ("ru", "uk") and found.group().lower().startswith("на"):
        return text[end - 1 : end] in ("е", "і", "ї", "у")  # the locative: на Днепре, на Дніпрі, на Дунаї, на Дону
    return after is None or after.group(1).lower() not in _TOWN_AFTER_ARTICLE


#: English words for a settlement before "of" and its name (the village of Oskil, the town of Volga).
_SETTLEMENT_OF = re.compile(r"(?i:\b(?:village|town|city|settlement|hamlet) of )\Z")
#: The preposition "in" as a language writes it before a town, right before a name (w Wiśle, в Днепре,
#: in Dnipro): a river takes another (na Wiśle, на Днепре) or an article (in the Dnipro).
_IN_A_TOWN = {
    lang: re.compile(rf"(?<!\w)(?i:{words}) \Z")
    for lang, words in (("en", "in"), ("de", "in"), ("fr", "à"), ("es", "en"), ("it", "a|in"), ("pl", "w|we"), ("ru", "в|во"), ("uk", "в|у"))
}


def names_town(text: str, start: int, lang: str, town: bool) -> bool:
    """Whether the words before ``start`` say the name after them is a town's, not a river's it shares:
    a settlement's noun (the village of Oskil, в селе Оскол; :func:`after_settlement_noun`) or, where
    the ``town`` is one of :data:`SMALL_POPULATION` or more, the preposition "in" a town takes (w Wiśle:
    the town of Wisła, 11,000 people; na Wiśle is on the Vistula; but утонул в Волге: in the river, not
    the village Volga, 3,500)."""
    if town and (at_town := _IN_A_TOWN.get(lang)) is not None and at_town.search(text, max(0, start - 3), start):
        return True
    if lang == "en":
        return _SETTLEMENT_OF.search(text, max(0, start - 16), start) is not None
    return after_settlement_noun(text, start, lang)


#: The run of up to three capitalized words after a name (Public Schools, Municipal Court).
_CAPITALIZED_RUN = re.compile(r"(?: [A-Z][\w'’-]*){0,3}")
#: An English possessive ending (the Hazard Mayor's Office, the Eagle Sheriff's deputies).
_POSSESSIVE = re.compile(r"['’]s\Z")
#: A capital after three lower-case letters inside a word: a firm's or a group's name (StandUp,
#: WikiLeaks), not a given name (LaMarcus, DeAndre, McKenzie).
_INNER_CAPITAL = re.compile(r"[a-zß-ÿ]{3}[A-Z]")
_PREV_CAPITAL = re.compile(r"(\w+) $")
#: A middle initial and a surname's first three letters after a name (Terry A. Corbin; not D. C., W. Va.).
_INITIAL_AFTER = re.compile(r" ([^\W\d_])\. ([^\W\d_])[^\W\d_]{2}")
#: A capitalized word and a surname's particle in lower case before a name, which in English text
#: only a person's name has (Lula da Silva, Guillermo del Toro, Leonardo da Vinci).
_PARTICLE_AFTER_NAME = re.compile(r"\b([A-Z][a-z]+) (?:da|de|del|della|di|dos|das|du|van|von|der|bin|ibn) \Z")
#: A dotted abbreviation: S.C., W.Va., Ga., U.S.
_DOTTED = re.compile(r"(?:[A-Z][a-z]{0,3}\.)+")
#: Initials, each with its period: L.A., D.C. (not St., Jan.).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
#: A French ordinal in Roman numerals (XIXe siècle, Ier), which GeoNames lists among the alternate
#: names of Paris' arrondissements.
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème)")
#: Verbs after a capitalized word that make it a person (``Moore said``), by language.
SPEECH_VERBS = {
    "en": frozenset("said says told added asked explained wrote stated noted".split()),
    "de": frozenset("sagte sagt erklärte betonte schrieb warnte".split()),  # Kellogg sagte
    "es": frozenset("dijo afirmó declaró explicó aseguró señaló".split()),  # Milei dijo
    "pl": frozenset("powiedział powiedziała stwierdził stwierdziła oświadczył oświadczyła dodał dodała".split()),
}
#: Titles before a person's name, in English; nothing else follows them (so they hold even
#: for a prominent entity: Lt. Paul is no region of Cape Verde).
_HONORIFIC = re.compile(
    # abbreviations, with or without their period; words without one (a period after "President" ends a sentence)
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Lt|Sgt|Capt|Col|Maj|Cpl|Pvt|Pfc|Spc|Adm|Cmdr|Supt|Insp|Atty|Hon|Msgr|Prof|Rev|Det)\.?"
    r"|Officer|Judge|Coach|President|Minister|Premier|Chancellor|Mayor|Governor|Senator|Secretary|Ambassador|"
    r"Commissioner|Sheriff|Congressman|Congresswoman|"
    r"coach|officer|deputy|trooper|detective|sergeant|Sister|Brother|Father) $"
)


#: A person's title or office right before a name, in the other languages (Bürgermeister Vitali Klitschko,
#: el alcalde Carlos Mazón, il sindaco Gualtieri, burmistrz Sopotu... not so: a declined word after one is
#: a place's genitive, which :func:`after_title` leaves alone: prezydent Warszawy, мэр Москвы).
_TITLE_WORDS = {
    "de": r"Herr|Frau|Dr\.|Prof\.|(?:Ober)?[Bb]ürgermeister(?:in)?|Minister(?:in)?|Ministerpräsident(?:in)?|Kanzler(?:in)?|Präsident(?:in)?|Trainer(?:in)?",
    "fr": r"M\.|Mme|Mlle|maire|ministre|président|présidente|entraîneur|docteur",
    "es": r"don|doña|Sr\.|Sra\.|señor|señora|alcalde|alcaldesa|presidente|presidenta|ministro|ministra|entrenador",
    "it": r"signor|signora|sindaco|sindaca|presidente|ministro|ministra|allenatore",
    "pl": r"pan|pani|burmistrz|prezydent|premier|minister|trener",
    "ru": r"господин|госпожа|мэр|губернатор|президент|министр|премьер",
    "uk": r"пан|пані|мер|губернатор|президент|міністр|прем'єр|прем’єр",
}
#: Verbs of saying that a quote's speaker follows, in the other languages (", explica Carmen", "a précisé
#: Matignon", "ha detto Rossi", "sagte Klitschko", "– mówi Kowalski", "заявил Орлов"): the name is a
#: person's or an office's, not a town's.
_SAID_WORDS = {
    "de": r"sagte|sagt|erklärte|erklärt|betonte|betont|meinte",
    "fr": r"a (?:précisé|déclaré|indiqué|expliqué|ajouté|affirmé|assuré|souligné|estimé|confié|raconté)|"
          r"précise|explique|ajoute|affirme|assure|souligne|estime|confie|raconte|déclare|indique",
    "es": r"dice|dijo|explica|explicó|afirma|afirmó|asegura|aseguró|señala|señaló|añade|añadió|cuenta|contó|relata|"
          r"relató|indica|indicó|apunta|apuntó|sostiene|subraya|comenta|comentó|declaró|recuerda|lamenta|advierte",
    "it": r"ha (?:detto|spiegato|aggiunto|dichiarato|affermato|sottolineato|raccontato)|"
          r"spiega|aggiunge|dice|afferma|sottolinea|racconta|dichiara|osserva|commenta",
    "pl": r"mówi|powiedział|powiedziała|dodaje|dodał|dodała|podkreśla|podkreślił|zaznacza|zaznaczył|twierdzi|przekonuje",
    "ru": r"сказал|сказала|заявил|заявила|отметил|отметила|рассказал|рассказала|добавил|добавила|подчеркнул|подчеркнула",
    "uk": r"сказав|сказала|заявив|заявила|зазначив|зазначила|розповів|розповіла|додав|додала|наголосив|наголосила",
}
#: Russian and Ukrainian vowels, which end the towns' names that do not decline (Пушкино, Сочі, Баку).
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюяіїє")


def _words_before(words: dict[str, str]) -> dict[str, re.Pattern]:
    """By language, a pattern of one of ``words`` (alternatives of a regex) right before a word."""
    return {lang: re.compile(rf"(?<!\w)(?:{alternatives}) \Z") for lang, alternatives in words.items()}


_TITLE_BEFORE = _words_before(_TITLE_WORDS)
_SAID_BEFORE = _words_before(_SAID_WORDS)


def after_title(text: str, start: int, lang: str, declined: bool = False) -> bool:
    """Whether the word follows a person's title (``Mr. Welch``, ``Lt. Paul``, ``coach Ripley``; Bürgermeister
    Vitali Klitschko); in another language than English not a ``declined`` word, which is a place's genitive
    there (prezydent Warszawy, мэр Москвы)."""
    if lang == "en":
        return bool(_HONORIFIC.search(text, max(0, start - 16), start))  # Congresswoman and a space
    before = _TITLE_BEFORE.get(lang)
    return before is not None and not declined and bool(before.search(text, max(0, start - 20), start))


def after_said(text: str, start: int, lang: str) -> bool:
    """Whether the word follows a verb of saying, as a quote's speaker does in the languages other than
    English (explica Carmen, a précisé Matignon, заявил Орлов)."""
    before = _SAID_BEFORE.get(lang)
    return before is not None and bool(before.search(text, max(0, start - 20), start))


def _rare_opening(word: str, lang: str) -> bool:
    """Whether ``word``, opening a sentence before a name, is a rare one: a given name (Erling Haaland)
    more often than not; in German only a word simplemma does not know (not the noun of Hochwasser
    Passau), in Russian and Ukrainian one pymorphy3 reads as a given name (Камала Харрис; not Мэрия
    Бердянска)."""
    if zipf(word, lang) >= COMMON_ZIPF:
        return False
    if lang == "de":
        return lemmatize(word, "de") == word and lemmatize(word.lower(), "de") == word.lower()
    if lang in ("ru", "uk"):
        return reads_as_given_name(word, lang)
    return True


def _word_and_space_before(text: str, start: int) -> re.Match | None:
    """The capitalized word and the space right before ``start``, its group 1 the word."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].isalnum() or text[start - 2] == "_"):
        return None  # no word and space just before: the search below would find nothing
    before = _PREV_CAPITAL.search(text, max(0, start - 30), start)  # endpos, not a slice: no copy
    return before if before and before.group(1)[0].isupper() else None


def names_no_place(word: str) -> bool:
    """The ``place_word`` of a caller that has no gazetteer at hand: no word names a place."""
    return False


#: A Polish adjective's ending in a case other than the nominative (Kłodzkiej, Śląskiego, Wielkopolskim).
_POLISH_OBLIQUE_ADJECTIVE = re.compile(r"(?:ej|ego|emu|ą|ym|im|ych|ich)\Z")


def longer_name(
    text: str, start: int, end: int, lang: str, sizeable: bool = False, place_word: Callable[[str], bool] = names_no_place,
    declined: bool = False, capital: bool = False,
) -> str | None:
    """Whether the word is part of a longer name the gazetteer lacks, and whose:
    :data:`PERSON` for a person's (the surname in ``Roy Jones``, the middle of
    ``President Vladimir Putin``: after a capitalized word mid-sentence that is no
    article or direction; after an initial: ``Matthew D. Flores``; before a speech
    verb: ``Moore said``), :data:`OTHER` for another's (the head of ``Memphis
    Street``: before a facility word; a town that is no ``sizeable`` place either side of an
    ampersand: ``Stevens & Wilkinson``; such a town named like a given name before a
    capitalized word that is not among the language's commonest: ``Linda Flowers``; ``Linda
    Hawkins``: before a capitalized word that is not a common one; ``The Atlanta Journal``, ``South Arlington``;
    in English, such a town named by a common word before a capitalized word that is no place's nor
    one of its services: ``the Patrol Division``), None when it stands alone. A ``declined`` Polish
    word heads no longer name (w Rzeszowie Nawrocki: the town, then the person) but one whose next word
    agrees with it, an adjective in the same case (na Nysie Kłodzkiej: a river). Not in Russian and
    Ukrainian, whose scanner reads some nominatives as declined forms of another name (Арда Туран)."""
    if not sizeable and (text.startswith(" & ", end) or text.endswith(" & ", max(0, start - 3), start)):
        return OTHER  # Stevens & Wilkinson, Joan & Donna: a firm's or a pair's names (not Raleigh & Durham)
    after = _NEXT_WORD.match(text, end)
    if after:
        word = after.group(1)
        if word.lower() in FACILITY_WORDS.get(lang, ()):
            return OTHER
        if word[0].isupper() and (lang != "de" or (zipf(word, lang) < GERMAN_RARE_ZIPF and is_given_name(text[start:end], lang))) and not (declined and lang == "pl" and not _POLISH_OBLIQUE_ADJECTIVE.search(word)) and (
            zipf(word, lang) < COMMON_ZIPF or (not sizeable and _given_name_of_a_town(text, start, end, word, lang) and not place_word(word))
        ) and not _DIVISION_AFTER.match(text, after.end()):
            # Linda Hawkins, Linda Flowers; not Gainesville Mayor (a common word), nor German's capitalized
            # nouns, only words rare in German after a given name (Hassan Nasrallah, Keith Kellogg; not die Meißen
            # Porzellanmanufaktur, a compound), nor a town before its region's adjective and division word (в
            # Енгельсі Саратовської області).
            return OTHER
        if word in SPEECH_VERBS.get(lang, ()) and not capital and not after_preposition(text, start, lang) and not after_listed_preposition(text, start, end, lang):
            return PERSON  # not: Police in Welch said; Officials in Erbil and Sulaymaniyah said
    if (initial := _INITIAL_AFTER.match(text, end)) and initial.group(1).isupper() and initial.group(2).isupper() and (
        lang == "en" or is_given_name(text[start:end], lang)
    ) and not _town_of_an_official(text, start, lang):
        # Terry A. Corbin, Milton J. Little: a name (outside English, a given name), a middle initial and
        # a surname; not the town of an official before his initial and surname (Мер Львова А. Садовий,
        # il sindaco di Siena L. De Mossi, Mayor of Jackson M. Lumumba).
        return PERSON
    if _after_initial(text, start) or (
        lang == "en" and (particle := _PARTICLE_AFTER_NAME.search(text, max(0, start - 30), start)) and zipf(particle.group(1), lang) < COMMON_ZIPF
    ):
        return PERSON  # Matthew D. Flores; in English, Lula da Silva, Guillermo del Toro (a rare word: a given name)
    if after and lang == "en" and not sizeable and after.group(1)[0].isupper() and zipf(text[start:end], lang) >= COMMON_ZIPF and (
        after.group(1) not in CALENDAR_WORDS["en"] and not place_word(after.group(1))
        and not _town_words_after(text, end)
    ) and not title_case_line(text, start):
        # A small place's name that is a common word, before another capitalized word: in English the
        # first word of a firm's, a unit's or a title's name (the Patrol Division, Landmark Bank, Healing
        # Hands, Eagle Scout), not the place's, unless the capitalized words after it name one of the
        # place's services (Lindsay Police, Monroe Mayor, Liberty Public Schools, Hazard Municipal Court),
        # a date (Clinton April 4) or another place (Enterprise Alabama); nor in a headline's title case.
        return OTHER
    # The capitalized word just before (Roy Jones), when it does not open a sentence (Lt. Paul: a
    # title's period ends none).
    preceding = _word_and_space_before(text, start)
    if preceding is None:
        return None
    if sentence_initial(text, preceding.start()) and not after_title(text, preceding.start(), lang):
        # A rare word opening the sentence: most often a given name (Erling Haaland), but a headline's
        # word too (Maltempo Faenza): this span only, not a person's name for the whole document.
        opening = preceding.group(1)
        if opening in given_names(lang) and is_given_name(opening, lang):
            return PERSON  # a given name of the text's language, however common a word: Eric Stevens, paramedic...
        # Not before a declined Polish town, which follows its noun (Mer Krakowa Aleksander Miszalski).
        return OTHER if _rare_opening(opening, lang) and not (declined and lang == "pl") else None
    before = preceding.group(1)
    if lang == "de" and (after_settlement_noun(text, start, lang) or (
        zipf(before, lang) >= COMMON_ZIPF and (not is_given_name(before, lang) or place_word(before))
    )):
        # German capitalizes every noun: die Stadt Meißen, die Nachbarstädte Oberursel und..., am Stammsitz
        # Ludwigshafen (but Präsident Wladimir Putin; not warum Israel Gaza...)
        return None
    # No person's either after a facility's or organisation's word (First Baptist Church Maryville)
    # or a word with a capital inside (StandUp DeKalb): names of things, which LGL tags the place in.
    # Nor after an abbreviation in capitals: a club's (FC Lorient, AJ Auxerre), which would otherwise
    # make the town a person's name throughout the document.
    if (
        before in ARTICLES or before.casefold() in COMPASS_WORDS or before.casefold() in FACILITY_WORDS.get(lang, ())
        or _INNER_CAPITAL.search(before) or (len(before) > 1 and before.isupper())
    ):
        return OTHER
    return PERSON


def _town_of_an_official(text: str, start: int, lang: str) -> bool:
    """Whether the name at ``start`` follows a preposition, as the town of an official does (il sindaco
    di Siena; a Russian or Ukrainian genitive, Мер Львова, follows its title directly and is no given
    name); in English only "of" after a capitalized title (Mayor of Jackson), not "the death of Terry"."""
    word = _word_before(text, start)
    if word is None or word[1].lower() not in PREPOSITIONS.get(lang, PREPOSITIONS["en"]):
        return False
    if lang != "en":
        return True
    title = _PREV_WORD.search(text[max(0, word[0] - 24) : word[0]]) if word[1] == "of" else None
    return title is not None and title.group(1)[:1].isupper()


def _given_name_before(text: str, start: int, lang: str, place_word: Callable[[str], bool] = names_no_place) -> bool:
    """Whether a given name comes right before ``start``, mid-sentence (Bill Clinton, Markus Söder),
    or a rare capitalized word, most often one (Tiago Rodrigues, de Luís Montenegro): not a hyphenated
    word's part, one after an article or an English adjective of a name (sub-Saharan Africa, Francoist
    Spain); a rare word not in German, whose nouns are capitalized (Ministerpräsident Niedersachsens),
    nor in Russian or Ukrainian (Аэропорты Казани)."""
    before = _unarticled_word_before(text, start)
    if before is None or text[before.start(1) - 1 : before.start(1)] == "-":
        return False
    word = before.group(1)
    if is_given_name(word, lang):
        # Bill Clinton, Markus Söder, also opening a sentence (Michael Jordan bought...); not an English
        # headline's Jordan Israel Talks (other languages write headlines in sentence case, and a sentence
        # full of names looks like one: w Paryżu z mer Anne Hidalgo), nor after a place's name (dass
        # Israel Syrien angreift, Jackson Mississippi).
        return not (lang == "en" and title_case_line(text, start)) and not place_word(word)
    return (
        not sentence_initial(text, before.start())
        and lang not in ("de", "ru", "uk") and not word.isupper() and zipf(word, lang) < COMMON_ZIPF
        and not (lang == "en" and word.endswith(_ENGLISH_ADJECTIVE_ENDINGS))
    )


def after_given_name(text: str, start: int, lang: str) -> bool:
    """Whether a given name or an initial comes right before ``start`` (Elizabeth Fairfield, Matthew D.
    Flores): the person's full name, which lends the surname alone to that person through the document.
    Not after an article (The George Twickenham: a pub) nor on a headline's line of capitals."""
    if _after_initial(text, start):
        return True
    before = _unarticled_word_before(text, start)
    return before is not None and is_given_name(before.group(1), lang) and not (lang == "en" and title_case_line(text, start))


def _unarticled_word_before(text: str, start: int) -> re.Match | None:
    """The capitalized word and space right before ``start`` (group 1 the word), unless an article comes
    before that word (The George, the Augusta Herald): a first name's place."""
    before = _word_and_space_before(text, start)
    return None if before is None or ARTICLE_BEFORE.search(text, max(0, before.start(1) - 5), before.start(1)) else before


def _given_name_of_a_town(text: str, start: int, end: int, word: str, lang: str) -> bool:
    """Whether a town's name that is also a given name is the given name before ``word``, the
    capitalized word after it (according to Linda Flowers): not after an article (the
    Augusta Herald), nor before a month's or a weekday's name (in Troy Monday night), one of the
    language's ~1,000 commonest words (Troy Fire Chief, Lawrence City Council) or a word of the
    town's officials (Lawrence Mayor), nor on a headline's line of capitals."""
    lowered = word.lower()
    return (
        is_given_name(text[start:end], lang) and lowered not in _CALENDAR_LOWER and lowered not in _TOWN_SERVICE_WORDS
        and zipf(word, lang) < WORD_ZIPF and not ARTICLE_BEFORE.search(text, max(0, start - 4), start)
        and not title_case_line(text, start)
    )


def _before_surname(text: str, start: int, end: int, lang: str, place_word: Callable[[str], bool] = names_no_place) -> bool:
    """Whether ``text[start:end]`` is a given name and a common surname follows it (Chad Walker, Doris
    Jackson): not a compass word (Charlotte North Carolina), nor where both name places (Jackson
    Mississippi if Faker listed Mississippi), nor on a headline's line."""
    if not is_given_name(text[start:end], lang):  # the cheap test first: this runs for every candidate
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None or ((surname := after.group(1)) not in surnames() and not _rare_surname(surname, lang)) or surname.casefold() in COMPASS_WORDS:
        return False
    return not title_case_line(text, start) and not (place_word(surname) and place_word(text[start:end]))


def _rare_surname(word: str, lang: str) -> bool:
    """Whether a capitalized word Faker's lists lack reads as a surname after a given name: one the language
    hardly writes (Jordan Bardella; not Israel Hamas, Jordan Valley)."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and zipf(word, lang) < RARE_SURNAME_ZIPF


def is_given_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a given name (:mod:`toponyms.givennames`), no month's or weekday's name in
    any of the languages (April, August, Domenica) and no very common word of ``lang`` (Will, May)."""
    return word in given_names() and word.lower() not in _CALENDAR_LOWER and zipf(word, lang) < GIVEN_NAME_ZIPF


#: Endings of English adjectives made from names (Francoist, Victorian, Elizabethan, Gaullist, Balkanic).
_ENGLISH_ADJECTIVE_ENDINGS = ("ist", "an", "ish", "ese", "ic", "ern")


def _after_initial(text: str, start: int) -> bool:
    """``Matthew D. Flores``: a capital letter, a period and a space before ``start``
    (characters compared directly: this runs for every candidate word)."""
    return (
        start >= 3 and text[start - 1] == " " and text[start - 2] == "." and text[start - 3].isupper()
        and (start == 3 or not text[start - 4].isalnum())
    )


#: Guillemets and low-high quotes, in which news write the names of clubs, firms, pipelines and
#: works (not English quotation marks, which quote speech: “Kyiv,” he said): «Дружба», „Wisła”, „Dynamo“.
OPENING_NAME_QUOTES = frozenset("«„")
_CLOSING_NAME_QUOTES = frozenset("»“”")
#: The dash after a news dateline's place (``ATLANTA -``, ``HUDSON --``, ``PORTLAND —``), also after
#: the agency's name (``TOULOUSE (Reuters) —``, ``MADRID (Europa Press) -``).
_DATELINE_DASH = re.compile(r" ?(?:\([^()\n]{1,40}\) ?)?(?:-{1,3}|[–—])")
#: A news agency's bracket and the dash after a dateline's place written as a name: letters, not a
#: person's age (Maria (34) -).
_AGENCY_DASH = re.compile(r" \([^\W\d_][^()\n\d]{0,39}\) ?(?:-{1,3}|[–—])")
#: A definite article right before a word (the, l', le, la, el, il, lo, der, die, das).
ARTICLE_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ll][ea]|[Ee]l|[Ii]l|[Ll]o|[Dd](?:er|ie|as)) |\b[Ll]['’])\Z")
#: Capitalized articles: ``The Atlanta Journal`` is no person's name.
ARTICLES = frozenset({"The", "A", "An"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a span says about itself, wherever it stands: the part of the decision that a
    caller can compute once per distinct span and best entity, and cache.

    ``verdict`` is the answer once the span passes the checks for a longer name and a
    title (False: no name wherever it stands; None: its place in the sentence decides).
    """

    verdict: bool | None
    single: bool
    prominent: bool
    curated: bool
    #: Prominent, or a place of ``SIZEABLE_POPULATION``: outweighs a person of the same name.
    sizeable: bool
    #: Capitalized mid-sentence it is a name (not a very common word, or a sizeable place).
    mid_sentence: bool = True
    #: At a sentence's start, where capitals are forced, it is still a name: prominent, or a
    #: sizeable place whose name is no very common word (Atlanta, Oxford; not Mobile, Reading).
    forced: bool = False
    #: A common word naming a country or region that the language's dictionary reads first as no
    #: name (Russian Того, "of that", before Togo): at a sentence's start not the country's name.
    #: Not for places: Russian news write Орел for Орёл (Oryol), which reads first as the eagle.
    word_first: bool = False
    #: An organisation's name (in guillemets it is its own: «Единая Россия»; a place's is a club's).
    organization: bool = False
    #: A person's name (Peskov): after a given name it is still its own (Dmitri Peskov).
    person: bool = False
    #: Common words naming a town of 10,000+ of a country speaking the language (Nowa Sól, Ciudad
    #: Rodrigo, La Garde): a name only where nothing says it is a longer one or a thing's.
    local_phrase: bool = False
    #: A sizeable place of a country speaking the text's language, named by a tagged name exactly
    #: that is none of the language's ~1,000 commonest words (Dortmund, Zürich in German; not Namen,
    #: Namur's German name): where capitals say nothing, a city is named so without an article.
    local_city: bool = False
    #: As :attr:`local_city`, for a town of ``SMALL_POPULATION`` named as written (Zug, Hof, Fulda in German).
    local_town: bool = False
    #: A division of a country speaking the text's language, by its main name (the French départements Var,
    #: Somme, Lot): however short or common a word, it names the division after "dans" and an article.
    local_division: bool = False
    #: A country's capital of ``SIZEABLE_POPULATION`` by a tagged name: alone before a verb of saying, its
    #: government speaking (Washington said, Canberra told reporters), not a person of that name.
    capital: bool = False


def assess(
    span: str, lang: str, *, kind: str, population: int | None, curated: bool, tagged: bool, loose: bool = False,
    secondary: bool = False, foreign: bool = False, lemma: str | None = None, local: bool = False, division: bool = False,
    main: bool = False, country: str | None = None, capital: bool = False,
) -> Evidence:
    """The context-free :class:`Evidence` of ``span`` as a mention of its best entity.

    ``tagged`` says the matched name is the entity's main name, one whose language is
    known or one from ISO or a curator; untagged GeoNames alternates include airport codes and
    stray words (``THE``, ``We``), so short or common spans need a tagged match,
    and so does a single Latin-script word naming a place of under
    :data:`SMALL_POPULATION` (Passover, Titan, Markel: mostly holidays, firms and
    surnames; GeoNames' Cyrillic names are untagged, so Cyrillic spans are exempt).
    ``loose`` says the span matched only through a matching key (George ~ Géorgie), a
    generated romanization of a Cyrillic name (Jail ~ Хаїль) or a region's name without its
    division word (Jewish, of the Jewish Autonomous Oblast):
    then no entity counts as prominent (country, region, big city), not even a curated one
    (Spanish "Jamás" is a romanization of Хамас, Hamas, and "never"), and a common word is
    taken no more than through an untagged name.
    ``secondary`` says the entity has no first-level division of its own (admin1) or the span
    matched an untagged GeoNames alternate name: a region so, not curated, is not
    prominent for its kind alone when it is named by common words (Paul, Cape Verde, known
    only from ISO 3166-2; Coast, for Pwani, Tanzania), as England or Texas are.
    ``foreign`` says the span matched a name of another language than the text's and English (the
    ISO names many languages share: Argentina, China): a country or region so, not curated, is
    not prominent when common words name it (Italien, German for Italy, is the French adjective;
    Lugar, German for Lōgar, the Spanish "place").
    ``lemma`` is the dictionary form a declined span was looked up as: a word common in either
    form is common (mit Booten: Boot).
    ``local`` says the entity lies in a country that speaks the text's language (among its languages,
    minorities' too: German in Italy). ``main`` says the span matched the entity's own main name, and
    ``country`` is the entity's; ``capital`` that the entity is its country's capital.
    ``division`` says a division word written before the name opens the span (département du Nord,
    Kanton Waadt): a region so named is named, whatever words name it.
    """
    prominent = not loose and (
        # A curated entity is prominent by its tagged names, not by GeoNames' untagged ones (Tor, an
        # old name of Sloviansk, is German "Tore" read back to its dictionary form).
        (curated and tagged) or kind in ("country", "region") or ((population or 0) >= PROMINENT_POPULATION and (tagged or _frequency(span, lemma, lang) < UNTAGGED_WORD_ZIPF))
    )
    if prominent and (foreign or (secondary and kind == "region")) and not curated and all(zipf(w, lang) >= COMMON_ZIPF for w in span.split()):
        prominent = False
    single = " " not in span
    sizeable = prominent or (population or 0) >= SIZEABLE_POPULATION
    local_place = (
        local and kind == "place" and (population or 0) >= SMALL_POPULATION and tagged and not loose and not foreign
        and _frequency(span, lemma, lang) < WORD_ZIPF  # not Namen (Namur's German name), Mitte, Gerne, Lage
    )
    local_city = local_place and (population or 0) >= SIZEABLE_POPULATION
    local_town = local_place and lemma is None  # as written: Hofe, Züge are nouns' cases
    local_division = local and kind == "region" and main and not loose and not foreign and lemma is None
    capital = capital and tagged and not loose and (population or 0) >= SIZEABLE_POPULATION

    def decided(verdict: bool | None, **more) -> Evidence:
        return Evidence(
            verdict, single, prominent, curated, sizeable, organization=kind == "organization", person=kind == "person",
            local_city=local_city, local_town=local_town, local_division=local_division, capital=capital, **more
        )

    if span.casefold() in DIVISION_NOUNS.get(lang, ()) or span in CALENDAR_WORDS.get(lang, ()) or (lemma is not None and (
        lemma in CALENDAR_WORDS.get(lang, ()) or lemma.casefold() in DIVISION_NOUNS.get(lang, ())  # die Kantone: not Kanton, Guangzhou
    )) or is_compass(span) or _ROMAN_ORDINAL.fullmatch(span):
        return decided(False)
    if division and kind == "region" and not loose:
        return decided(True)  # die Kantone Luzern und Zug: the division word says Zug names one
    if kind in ("region", "country") and _DOTTED.fullmatch(span):
        return decided(tagged)  # S.C., Ga., D.C., U.S.: written so only as an abbreviation
    if _INITIALS.fullmatch(span) and (population or 0) >= SIZEABLE_POPULATION:
        return decided(True)  # L.A., D.C.: a big city's initials, as GeoNames lists them
    if len(span) <= 4 and sum(c.isalpha() for c in span) <= 3 and not (
        # Three letters name a city of millions by its name in the text's language (Rom, Рим, Уфа),
        # unless they are one of the language's commonest words (German "bin", an alternate of
        # Vienna's), and a town of the language's home countries by its own name unless they are a
        # very common word or a given name (Ulm, Pau; not French "man" and "tir"; not Lil, an alternate
        # of Lille's, nor Ast, Asti's German one). English has none: the language of too many countries
        # (Ode to Joy: Ode, Nigeria).
        kind == "place" and tagged and not loose and not span.isupper() and (
            ((population or 0) >= PROMINENT_POPULATION and _frequency(span, lemma, lang) < WORD_ZIPF)
            or (main and country in HOME_COUNTRIES.get(lang, ()) and len(span) == 3 and (population or 0) >= LOCAL_SHORT_NAME_POPULATION
                and _frequency(span, lemma, lang) < VERY_COMMON_ZIPF and not is_given_name(span, lang))
            # a city's own name of three letters, one of them no ASCII letter: no word of the language
            # written so (Niš, 260,000), in any text
            or (main and not span.isascii() and (population or 0) >= SIZEABLE_POPULATION and _frequency(span, lemma, lang) < COMMON_ZIPF)
        )
    ):
        if lang != "en" and local_town and main and not span.isupper():
            # A town's own short name in a country of the language, of 10,000 people and no common word
            # (Gap in French), or a German-speaking one's that is a noun too (Zug, Hof): a name only where
            # in_context's rules take it (à Gap, entre Grenoble et Gap; in Zug, von Hof, zwischen Zürich und Zug).
            return decided(None, mid_sentence=False)
        if lang == "fr" and local_division and main and not span.isupper():
            # A French-speaking country's division by its short name (Var, Lot; not Chad's Lac, "lake", opening
            # a sentence): a name only after "dans" and an article (dans le Var), prominent or not.
            return replace(decided(None, mid_sentence=False), prominent=False, sizeable=False)
        return decided(span.isupper() and curated and tagged and not loose)  # not "C" for Ч, one of Chornomorsk's
    if not single:
        if span.endswith(")") and kind == "place":
            return decided(True)  # Frankfurt (Oder), Halle (Saale): a town told from its namesakes, as only its name is written
        if prominent or not all(zipf(w, lang) >= COMMON_ZIPF for w in span.split()):
            return decided(True)
        if kind == "region" and not loose and (division or any(w.casefold() in REGION_WORDS for w in span.split())):
            return decided(True)  # provincia de Cuenca: a division word says the common words name it
        # A phrase of common words only (The city, North West, Kansas City, Mount Pleasant,
        # Кривий Ріг): a tagged name of a sizeable place mid-sentence, or any after a preposition
        # (біля Кривого Рогу: GeoNames' Cyrillic names of places are untagged); a smaller town of the
        # language's countries as in_context says (:attr:`Evidence.local_phrase`).
        town = local and lang != "en" and kind == "place" and (population or 0) >= SMALL_POPULATION
        return decided(None, mid_sentence=sizeable and tagged and not loose, local_phrase=town and tagged and not loose and not sizeable)
    if kind == "place" and not tagged and not curated and (population or 0) < SMALL_POPULATION and not _CYRILLIC.search(span):
        return decided(False)
    frequency = _frequency(span, lemma, lang)
    if "-" in span and _CYRILLIC.search(span) and all(part[:1].isupper() for part in span.split("-")):
        # Capitalized parts joined by hyphens are one name, however frequent its parts (Кам'янець-Подільський:
        # wordfreq reads Кам'янець and Подільський, 3.9), no word of the language.
        frequency = 0.0
    if frequency < COMMON_ZIPF:
        if kind == "place" and not tagged and not curated and not local and (loose or (population or 0) < EXONYM_POPULATION) and frequency >= UNTAGGED_LOWER_ZIPF and not _CYRILLIC.search(span):
            # A word the language writes in lower case too, matching only an untagged alternate of a
            # foreign town under 50,000 (French "Crues", an alternate of Cruces, Cuba) or a key of one
            # (German "Zölle" ~ Seoul): a name where written capitalized mid-sentence, not for a capital
            # opening a sentence. A city's exonym is frequent for being its name (Lwów, Danzig, Nápoles,
            # Wenecja: Venice counts 51,298 in GeoNames).
            return decided(None, mid_sentence=True)
        return decided(True)
    if (loose or not (tagged or (sizeable and _CYRILLIC.search(span)))) and not prominent:
        # GeoNames' Cyrillic names are untagged, and a big city's is frequent in Russian or
        # Ukrainian for being its name (Львів); Latin ones of foreign cities are often English
        # words and names (Bush, Julia).
        return decided(False)
    # Capitalized mid-sentence: a name, but very common words are most often
    # another name's part or a person (West, David, Obama): ask for a sizeable place.
    return decided(
        None, mid_sentence=frequency < VERY_COMMON_ZIPF or sizeable,
        # A city of the language's home countries, written as it is named, is frequent for being that name
        # (Kraków, Łódź, Lyon, Genova: Zipf 4.7-4.9; Torino, Napoli: 5.1-5.2); not declined (Łodzie, Łodzią: boats).
        forced=prominent or (sizeable and frequency < FORCED_ZIPF) or (
            lang in CITY_FIRST_LANGS and kind == "place" and country in HOME_COUNTRIES[lang] and (population or 0) >= LOCAL_CITY_POPULATION
            and tagged and not loose and not foreign and lemma is None and frequency < GIVEN_NAME_ZIPF
        ),
        word_first=not curated and kind in ("country", "region") and not reads_as_name(span, lang),
    )


#: What :func:`in_context` decides: a mention; no mention, because the word is written as a
#: person's name; no mention, for any other reason.
MENTION, PERSON, OTHER = "mention", "person", "other"


def _names_a_town(text: str, start: int, end: int, lang: str) -> bool:
    """Whether common words capitalized, naming a town of the language's countries, name it here: in a
    language that writes no phrase in capitals but a name (mieszkańcy Nowej Soli: Nowa Sól; Ciudad
    Rodrigo), where the capitals are not forced (La Garde républicaine a défilé), no capitalized word
    goes on with them but a person's given name (La Guardia Civil, La Libertad Avanza; but Prezydent
    Nowej Soli Jacek Milewski), and no article in lower case makes them a thing's name (la Costa Brava,
    el Río Grande; a town's article is its name's: El Alto)."""
    if sentence_initial(text, start):
        return False
    if (after := _NEXT_WORD.match(text, end)) and after.group(1)[0].isupper() and not is_given_name(after.group(1), lang):
        return False
    article = ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    return not (article and text[article.start()].islower())


#: A given name's word, a space and a capitalized word with a hyphen, right before a span: the head of a
#: double surname (Karin Keller-, Annegret Kramp-).
_DOUBLE_SURNAME_HEAD = re.compile(r"([^\W\d_]+) ([^\W\d_]+)-\Z")


def _in_double_surname(text: str, start: int, lang: str) -> bool:
    """Whether the span at ``start`` ends a double surname after a given name (Karin Keller-Sutter: not
    Sutter, California; Annegret Kramp-Karrenbauer), which joins its parts with a hyphen."""
    if text[start - 1 : start] != "-":
        return False
    head = _DOUBLE_SURNAME_HEAD.search(text, max(0, start - 40), start)
    return head is not None and head.group(2)[0].isupper() and is_given_name(head.group(1), lang)


def names_something_else(text: str, start: int, end: int, lang: str, declined: bool = False) -> bool:
    """Whether the words around ``text[start:end]`` make it the name of something named after a place
    or a person, not the place: a street or a district (вулиця Покровська, Покровського району; rue de
    Rivoli, via Roma, plaza de España), a military unit (le régiment Azov), an English water body (the Gulf
    of Mexico, the Caspian Sea), a storm (Hurricane Milton, l'ouragan Florence, Sturmtief Boris) or a club
    after its abbreviation (FC Bayern, AS Roma, ФК Краснодар). ``declined`` as for
    :func:`names_a_street_or_district`."""
    if lang in STREET_WORDS and names_a_street_or_district(text, start, end, lang, declined):
        return True
    if (street := _STREET_BEFORE.get(lang)) is not None and street.search(text, max(0, start - 24), start):
        return True
    if (unit := _UNIT_BEFORE.get(lang)) is not None and unit.search(text, max(0, start - 12), start):
        return True  # le régiment Azov, pułku Azow: a unit named after the town
    if lang == "en" and (
        text[start:end] in _WATER_WORDS
        or (text.startswith((" Sea", " Ocean"), end) and _WATER_AFTER.match(text, end))  # string tests first: cheap
        or ((text.endswith(" of ", 0, start) or text.endswith(" of the ", 0, start)) and _WATER_BEFORE.search(text, max(0, start - 14), start))
    ):
        return True  # the Gulf of Mexico, the Sea of Azov, the Caspian Sea: a water body's name
    # The club's abbreviation is looked for only after a capital (an abbreviation's last letter: cheap).
    return after_storm_word(text, start) or (
        start >= 2 and text[start - 2].isupper() and _CLUB_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def in_context(
    text: str, start: int, end: int, lang: str, evidence: Evidence, *, place_word: Callable[[str], bool] = names_no_place,
    after_mention: bool = False, declined: bool = False,
) -> str:
    """Whether ``text[start:end]``, with its :func:`assess`-ed ``evidence``, is a mention where
    it stands: :data:`MENTION`, :data:`PERSON` (written here as a person's name, which the
    normalizer then applies to the whole document) or :data:`OTHER`.

    ``place_word`` tells whether a word names a country, a region or a sizeable place (the caller
    has the gazetteer), and ``after_mention`` that a mention taken ends right before the span: a
    word that is a given name as well is then the place's (Jackson Mississippi, dass Israel Syrien
    angreift, Troy Michigan), not a person's. ``declined``: the span is a declined form of its name
    (w Rzeszowie), which its case ending shows to be a word of its own, no first word of a longer name."""
    if evidence.verdict is False or names_something_else(text, start, end, lang, declined) or _in_double_surname(text, start, lang):
        return OTHER
    if text[start - 1 : start] in OPENING_NAME_QUOTES and text[end : end + 1] in _CLOSING_NAME_QUOTES and not evidence.organization:
        return OTHER  # «Краснодар», «Дружба», «Carmen»: alone in guillemets, a club's, a pipeline's, an opera's name
    if evidence.single and lang == "en" and not evidence.sizeable and text.endswith(_ADJECTIVE_SUFFIXES, start, end) and (
        _THE_BEFORE.search(text, max(0, start - 4), start) and _LOWER_WORD_AFTER.match(text, end)
    ):
        return OTHER  # the Baltic states, the Pacific coast: an adjective, not a small town named like it
    if evidence.single:
        if not evidence.curated and _before_surname(text, start, end, lang, place_word):
            return OTHER  # Chad Walker, Jackson Miller: a given name before a surname
        if not evidence.prominent and (whose := longer_name(text, start, end, lang, evidence.sizeable, place_word, declined, evidence.capital)):
            return whose
        if evidence.capital and word_after(text, end) in SPEECH_VERBS.get(lang, ()):
            return MENTION  # Washington said, Canberra told reporters: a capital speaking for its government
        if evidence.prominent and (after := _NEXT_WORD.match(text, end)) and (after.group(1).istitle() or after.group(1).isupper()) and (
            after.group(1).lower() in NAMED_AFTER_WORDS.get(lang, ())
        ) and (not title_case_line(text, start) or text[start - 1 : start] == "("):
            # Kentucky River, Alaska Airlines: not "a Georgia jail", nor a headline's "Texas Courthouse"; but a
            # dateline's agency in brackets, among capitals (MADRID, 3 Mar. (EUROPA PRESS) -)
            return OTHER
        if evidence.prominent and not (evidence.curated and (evidence.person or evidence.organization)) and not after_mention and (
            _given_name_before(text, start, lang, place_word)
        ):
            # Tiago Rodrigues, Luís Montenegro: even a region's or a country's name is a surname so, and a
            # curated place's former name (Олег Жданов: not Mariupol, Жданов 1948-1989)
            return PERSON
        if not evidence.curated and (lang not in ("ru", "uk") or text[end - 1 : end] not in _RUSSIAN_VOWELS) and (
            (after_title(text, start, lang, declined) and (lang == "en" or not evidence.sizeable))
            or (not declined and after_said(text, start, lang))
        ):
            # Mr. Arlington, Lt. Brent: English honorifics, which nothing else follows; in the other languages a small
            # town's name after a title (Bürgermeister Vitali Klitschko; not a city: мэр Тбилиси), any after a verb of
            # saying (explica Carmen, заявил Орлов); in Russian and Ukrainian not one ending in a vowel, as a town's
            # that does not decline does (мэр Пушкино)
            return PERSON
    elif lang == "en" and not evidence.curated and not evidence.sizeable and after_title(text, start, lang):
        return PERSON  # Prime Minister Pedro Sánchez: a person's whole name, which a village bears too
    if lang == "de" and evidence.verdict and evidence.single and not evidence.sizeable and not evidence.curated and (
        (before := _WORD_AND_SPACE_BEFORE.search(text, max(0, start - 16), start)) and _german_modifier(before.group(1))
    ) and zipf(text[start:end], lang) >= UNTAGGED_LOWER_ZIPF and lemmatize(text[start:end], lang) != text[start:end]:
        # German capitalizes nouns: after an article or an adjective, a declined noun of the language is
        # the noun (lange Schlangen, "long queues": Schlange; die alten Mühlen), not the small town it names
        # too; a town's name the dictionary does not decline stays one (im sächsischen Zwickau).
        return OTHER
    if evidence.verdict:
        return MENTION
    if dateline(text, start, end):
        return MENTION  # ATLANTA — A former ...
    if evidence.word_first and sentence_initial(text, start):
        return OTHER  # Того (Togo), Пара, Кампании: at a sentence's start, the word
    # A common word, capitalized: a prominent entity or a preposition makes it a name anywhere
    # (in German, whose nouns follow prepositions capitalized, only as mid-sentence: nach Hause
    # is no village Haus; or as a sizeable place's several capitalized words, which no noun is, or a
    # name of several words with a lower-case one: in New York, in Frankfurt an der Oder; but not von
    # Karl Marx, a village's old name). Where every word is capitalized (German nouns, a headline) nothing
    # else does; at a sentence's start, also a sizeable place whose name is no very common word
    # (there only the first word of a phrase is forced: Kansas City police...); mid-sentence,
    # what ``assess`` said. The costlier tests come last, and only when they can change the answer.
    if evidence.prominent or (
        (lang != "de" or evidence.mid_sentence or (not evidence.single and (evidence.sizeable or _LOWER_INNER_WORD.search(text, start, end))))
        and (after_preposition(text, start, lang) or after_listed_preposition(text, start, end, lang))
    ):
        return MENTION
    if after_settlement_noun(text, start, lang):
        return MENTION  # die Stadt Essen
    if lang == "fr" and evidence.single and evidence.local_division and _FRENCH_IN_THE.search(text, max(0, start - 9), start):
        return MENTION  # dans le Var, dans la Somme: a département, however common a word names it
    if lang == "de" and evidence.single and evidence.local_town and after_german_place_preposition(text, start, end) and not _GERMAN_AND_NEXT.match(text, end):
        # A German-speaking town right after a preposition with no article (in Zug, von Hof, nach Fulda),
        # where a noun takes one (im Zug, am Hof); before "und", only if a town follows (the normalizer
        # takes it then as a list's first: zwischen Regen und Zwiesel; not in Zug und Bus).
        return MENTION
    if lang == "de" and evidence.single and evidence.local_city and (
        not _german_noun_before(text, start) or (sentence_initial(text, start) and lemmatize(text[start:end], "de") == text[start:end])
    ):
        # German capitalizes every noun, so capitals say nothing; but a city of 100,000 is named
        # without an article (in Essen und Dortmund, zwischen Hannover und Göttingen), the noun of
        # the same spelling with one or an adjective (beim Essen, die große Halle). At a sentence's
        # start, a city whose name is no declined word's (Mainz liegt am Rhein; not Halle, Hallen's
        # lemma Hall, nor Siegen, Sieg's).
        return MENTION
    if evidence.local_phrase:
        return MENTION if _names_a_town(text, start, end, lang) else OTHER
    if lang == "en" and not evidence.single and evidence.verdict is None and text[start:end].split(" ", 1)[0] not in ARTICLES and (
        _town_words_after(text, end) or town_word_after(text, end)
    ):
        # A phrase of common words naming a town, before the town's services or people: Mount Pleasant City
        # Council, the Rock Hill City Manager, New London police; not an article's phrase (The City Council).
        return MENTION
    # Headlines in title case are an English habit; the other languages write them as sentences,
    # where a line of capitals is a list of names (Львів, Івано-Франківськ і Тернопіль...).
    if lang == "de" or not (evidence.forced or evidence.mid_sentence) or (lang == "en" and title_case_line(text, start)):
        return OTHER
    taken = evidence.forced if evidence.single and sentence_initial(text, start) else evidence.mid_sentence
    return MENTION if taken else OTHER
