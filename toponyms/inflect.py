"""Nominative forms of inflected Russian and Ukrainian names (``под Артёмовском`` → Артёмовск).

Russian and Ukrainian decline place and person names: the town is Бахмут, but
"in Bakhmut" is ``у Бахмуті`` and "Belgorod region" in the genitive is
``Белгородской области``. pymorphy3 (with its ru and uk dictionaries) knows
these paradigms, including for words it has never seen (by suffix analogy),
and can inflect every word back to the nominative while keeping its gender,
so that adjective + noun phrases agree (``Белгородская область``).

Polish and German names are reduced to their lemma by simplemma
(:func:`lemma`: ``Charkowie`` → Charków, ``Kiews`` → Kiew).
"""

from __future__ import annotations

import itertools
import re
import threading
from functools import lru_cache
from .textnorm import CYRILLIC as _CYRILLIC
from .textnorm import reading_form

#: Distinct nominative forms considered per word, from its likeliest parses (pymorphy3 orders them by probability).
PARSES_PER_WORD = 4
#: Phrase combinations tried at most.
MAX_PHRASES = 8

#: Oblique endings of neuter adjectival place names (Каменское, Кам'янське) and their
#: nominative. pymorphy3 does not offer the neuter reading when its dictionary knows a
#: masculine word of the same stem (каменском → каменск/каменский only), so this one
#: grammar rule is added by hand.
NEUTER_ADJECTIVAL = {
    "ru": (("ском", "ское"), ("ского", "ское"), ("скому", "ское"), ("ским", "ское"), ("цком", "цкое"), ("цкого", "цкое"), ("цким", "цкое")),
    "uk": (("ському", "ське"), ("ського", "ське"), ("ським", "ське"), ("цькому", "цьке"), ("цького", "цьке"), ("цьким", "цьке")),
}
#: The oblique cases of masculine names pymorphy3 does not know: Ukrainian towns in -ськ/-цьк
#: (з Покровська → Покровськ), which it reads as feminine adjectives only, foreign surnames
#: (Мерца → Мерц, not its guess Мерец) and short possessive adjectives (под Часовым Яром, в
#: Часовом Яре → Часов Яр; Ukrainian і of the nominative alternates with о: у Часовому Яру,
#: під Часовим Яром → Часів Яр; у Кракові → Краків, у Миколаєві → Миколаїв).
MASCULINE_OBLIQUE = {
    "ru": (("а", ""), ("ом", ""), ("ым", ""), ("у", "")),
    "uk": (("ська", "ськ"), ("цька", "цьк"), ("а", ""), ("ового", "ів"), ("овому", "ів"), ("овим", "ів"), ("овім", "ів"),
           ("ові", "ів"), ("єві", "їв")),
}
#: Oblique cases of names tried for words pymorphy3 does not know only, as the same endings are common
#: words' (в вине: вино; Тарасові, Цареві: datives): Russian masculine names in -нь, -ль, which it guesses
#: as verbs (в Ирпене, из Ирпеня → Ирпень; в Куршевеле → Куршевель); Russian towns in -ово/-ево, -ец, -ев
#: in the Ukrainian locative (у Домодєдові, у Торопці, у Ржеві); not the genitive -ова, a surname's.
UNKNOWN_OBLIQUE = {
    "ru": (("не", "нь"), ("ня", "нь"), ("ню", "нь"), ("ле", "ль"), ("ля", "ль"), ("лю", "ль")),
    "uk": (("ові", "ово"), ("єві", "єво"), ("еві", "ево"), ("ці", "ець"), ("еві", "ев")),
}
#: The oblique cases of feminine names in -а pymorphy3 does not know, which it reads as masculine
#: (в Неваде → невад): Неваде, Невады, Неваду, Невадой → Невада; Ukrainian у Неваді, Невади,
#: Неваду, Невадою → Невада; and of those in -ия, -ія (в Бейт-Лахии → Бейт-Лахия, not бейт-лахий;
#: у Гагаузії → Гагаузія).
FEMININE_OBLIQUE = {
    "ru": (("е", "а"), ("ы", "а"), ("у", "а"), ("ой", "а"), ("ии", "ия"), ("ию", "ия"), ("ией", "ия")),
    "uk": (("і", "а"), ("и", "а"), ("у", "а"), ("ою", "а"), ("ії", "ія"), ("ію", "ія"), ("ією", "ія")),
}
#: Ukrainian locatives of towns in -ськ/-цьк (у Курську, в Івано-Франківську), read first: alone, the
#: word is the town's far more often than the accusative of a region's adjective (Курську область),
#: which pymorphy3 offers first.
TOWN_LOCATIVES = {"uk": (("ську", "ськ"), ("цьку", "цьк"))}

#: pymorphy3's grammemes of names: places, given names, surnames.
NAME_GRAMMEMES = frozenset({"Geox", "Name", "Surn"})

#: The cases a preposition before a name governs, as pymorphy3 tags them (gen2, loc2: "из лесу", "в лесу"):
#: where the name's own words leave its case open (области: locative, genitive or dative), the preposition
#: decides (из Донецкой области: genitive; в Донецкой области: locative).
_GOVERNED = {
    lang: {word: frozenset(cases.split()) for words, cases in table for word in words.split()}
    for lang, table in {
        "ru": (
            ("в во на", "loct loc2 accs"), ("о об обо при", "loct loc2"), ("к ко", "datv"), ("по", "datv loct accs"),
            ("у из от до без для около возле вблизи близ вокруг против среди после из-под", "gent gen2"),
            ("под подо над надо за перед между", "ablt accs"), ("с со", "gent gen2 ablt accs"),
        ),
        "uk": (
            ("в у на", "loct accs"), ("о об при", "loct"), ("по", "loct datv accs"), ("к", "datv"),
            ("біля до від для без поблизу навколо довкола після серед коло поза", "gent"),
            ("під над за перед між поміж", "ablt accs"), ("з із зі зо", "gent ablt accs"),
        ),
    }.items()
}

_LOCK = threading.Lock()
_ANALYZERS: dict[str, object] = {}
_WORD = re.compile(r"[\w'’ʼ-]+|[^\w'’ʼ-]+")


def _analyzer(lang: str):
    with _LOCK:
        if lang not in _ANALYZERS:
            import pymorphy3

            _ANALYZERS[lang] = pymorphy3.MorphAnalyzer(lang=lang)
        return _ANALYZERS[lang]


@lru_cache(maxsize=1)
def _lemmatizer():
    import simplemma
    from simplemma.strategies import DefaultStrategy, TrieDictionaryFactory

    from .config import cache_root

    # simplemma's default dictionaries are Python dicts: ~430 MB of memory for Polish
    # and ~200 MB for German. Its trie-backed ones answer the same in ~10 MB each;
    # they are built once per machine (~15 s for both) and cached beside the index.
    factory = TrieDictionaryFactory(disk_cache_dir=str(cache_root() / "simplemma" / simplemma.__version__))
    return simplemma.Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


def lemma(word: str, lang: str) -> str:
    """simplemma's lemma of ``word`` in ``lang`` (``pl``, ``de``...); the word itself when unknown.

    >>> lemma("Charkowie", "pl"), lemma("Kiews", "de")
    ('Charków', 'Kiew')
    """
    return _lemmatizer().lemmatize(word, lang=lang)


@lru_cache(maxsize=65536)
def word_nominatives(word: str, lang: str) -> tuple[str, ...]:
    """Nominative singular forms of ``word`` under its likeliest parses, in the word's own case style."""
    if not _CYRILLIC.search(word):
        return (word,)
    # Names first: a parse as a place name or surname beats an adjective reading (a stable sort).
    parses = sorted(_analyzer(lang).parse(word.lower()), key=lambda p: not (NAME_GRAMMEMES & p.tag.grammemes))
    # The likeliest parses' distinct forms (розі is роза in four cases before it is ріг: Кривому Розі).
    forms: list[str] = []
    for parse in parses:
        inflected = parse.inflect({"nomn"}) if "nomn" not in parse.tag else parse
        form = inflected.word if inflected is not None else parse.normal_form
        if form not in forms:
            forms.append(form)
            if len(forms) == PARSES_PER_WORD:
                break
    lowered = word.lower()
    forms[:0] = [lowered[: -len(end)] + nom for end, nom in TOWN_LOCATIVES.get(lang, ()) if lowered.endswith(end)]
    # The feminine endings for a word the dictionary does not know (Неваде) or reads first as a
    # declinable noun (в Аттике, Константине, Воеводине), not as a place (на Марсе: Марс, not Marsa)
    # nor first as an adjective, a verb or an indeclinable word (Краевой, Багаті, Діяли, Мессі).
    known = [parse for parse in parses if parse.is_known]
    # (Tags as grammeme sets: the Ukrainian tag set knows no Geox, and a tag's `in` raises on it.)
    feminine = not any("Geox" in parse.tag.grammemes for parse in known) and (
        not known or (known[0].tag.POS == "NOUN" and "Fixd" not in known[0].tag.grammemes)
    )
    forms += [
        lowered[: -len(end)] + nom
        for end, nom in (*NEUTER_ADJECTIVAL[lang], *MASCULINE_OBLIQUE[lang], *(FEMININE_OBLIQUE[lang] if feminine else ()),
                         *(UNKNOWN_OBLIQUE[lang] if not known else ()))
        if lowered.endswith(end)
    ]
    forms = list(dict.fromkeys(forms)) or [lowered]
    if word[:1].isupper():
        forms = [f[:1].upper() + f[1:] for f in forms]
    return tuple(forms)


def reads_as_given_name(word: str, lang: str) -> bool:
    """Whether pymorphy3 reads ``word`` as a given name in any of its parses (Камала, Эрлинг; not
    Мэрия, Міськрада)."""
    return any("Name" in parse.tag.grammemes for parse in _analyzer(lang).parse(word.lower()))


def reads_as_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a name in its likeliest reading, as pymorphy3's Russian dictionary, which
    tags names, reads it: in Russian (Того is first the pronoun тот, Пару the noun пара; России is
    Geox) and in Ukrainian for a word the Russian dictionary knows as written (Ukrainian's own
    dictionary mostly tags no names: того, мета, пару read as Russian; Україна, unknown there, is
    a name; a word only Ukrainian knows is none where that reads it as a pronoun). True in other languages.

    >>> reads_as_name("Того", "ru"), reads_as_name("России", "ru"), reads_as_name("Того", "uk"), reads_as_name("України", "uk")
    (False, True, False, True)
    >>> reads_as_name("Вашого", "uk")
    False
    """
    if lang not in ("ru", "uk") or not _CYRILLIC.search(word):
        return True
    analyzer = _analyzer("ru")
    lowered = word.lower()
    if lang == "uk" and not analyzer.word_is_known(lowered):
        # Nor is a word the Ukrainian dictionary reads first as a pronoun (Вашого, Цього: Vas county by Ваш).
        ukrainian = _analyzer("uk").parse(lowered)
        return not (ukrainian and ukrainian[0].tag.POS == "NPRO")
    parses = analyzer.parse(lowered)
    return not parses or bool(NAME_GRAMMEMES & parses[0].tag.grammemes)


def nominative_forms(text: str, lang: str) -> list[str]:
    """Candidate nominative forms of a (possibly multi-word) Cyrillic name, likeliest first.

    ``lang`` is ``ru`` or ``uk``; other text is returned unchanged.

    >>> nominative_forms("Артёмовском", "ru")[0]
    'Артёмовск'
    >>> nominative_forms("Белгородской области", "ru")[0]
    'Белгородская область'
    """
    if lang not in ("ru", "uk") or not _CYRILLIC.search(text):
        return [text]
    pieces = _WORD.findall(text)
    options = [word_nominatives(p, lang) if p[:1].isalnum() else (p,) for p in pieces]
    phrases = ("".join(combo) for combo in itertools.product(*options))
    return list(dict.fromkeys(itertools.islice(phrases, MAX_PHRASES)))


def inflect_like(
    name: str, model: str, lang: str, name_lang: str | None = None, preposition: str | None = None, declined: bool = False,
    animate: bool = False,
) -> str:
    """``name`` put in the grammatical case of ``model`` (Russian or Ukrainian words).

    Used when rendering: ``под Артёмовском`` written as the Ukrainian state names
    it becomes ``под Бахмутом``, not ``под Бахмут``; ``в Белгородской области``
    stays declined. The case is read off the last word of ``model`` (the head
    noun); each noun or adjective of ``name`` takes it. What pymorphy3 cannot
    inflect is left as it is.

    >>> inflect_like("Бахмут", "Артёмовском", "ru")
    'Бахмутом'
    >>> inflect_like("Белгородская область", "Белгородской области", "ru")
    'Белгородской области'

    ``name_lang`` is the language of ``name`` where it is not ``model``'s: the Ukrainian state's Росія
    in a Russian text's "России" takes the genitive as Ukrainian declines it, not as Russian would
    misread it (Росіи).

    >>> inflect_like("Росія", "России", "ru", name_lang="uk")
    'Росії'
    >>> inflect_like("Бєлгородська область", "Бєлгородській області", "uk")
    'Бєлгородській області'

    ``preposition`` is the word before ``model`` in its text, whose case it may decide; where it is
    none (or None), the case is no locative, which only follows a preposition (Губернатор Белгородской
    области: genitive); an accusative comes last, as a declined name is most often in another case:

    >>> inflect_like("Донецька область", "Донецкой области", "ru", "uk", preposition="из")
    'Донецької області'
    >>> inflect_like("Бєлгородська область", "Белгородской области", "ru", "uk", preposition="Губернатор")
    'Бєлгородської області'

    ``declined`` says ``model`` is known to be no nominative (the scanner found it through its ending):
    readings of it as its own dictionary form are dropped (Артемівська, a feminine adjective to pymorphy3;
    торецком, a guessed noun), and where no reading is left, its ending says the case (-ом: instrumental).

    >>> inflect_like("Торецьк", "Торецком", "ru", "uk", preposition="под", declined=True)
    'Торецьком'

    A place is inanimate, so an adjective's accusative is its nominative (в Кировоград: в Кропивницкий, not
    Кропивницкого); ``animate`` names a person, whose accusative is the genitive (видели Зеленского).

    >>> inflect_like("Кропивницкий", "Кировоград", "ru", preposition="в")
    'Кропивницкий'
    """
    if lang not in ("ru", "uk") or not (_CYRILLIC.search(name) and _CYRILLIC.search(model)):
        return name
    analyzer = _analyzer(lang)
    words = model.lower().split()
    if (reading := reading_form(" ".join(words))) is not None:  # stress marked (Ба́хмутом): pymorphy3 knows no marks
        words = reading[0].split()
    parses = sorted(analyzer.parse(words[-1]), key=lambda p: not (NAME_GRAMMEMES & p.tag.grammemes))
    if declined:
        parses = [p for p in parses if p.normal_form != words[-1] and p.tag.case not in ("nomn", "voct")]
    cases = [p.tag.case for p in parses if p.tag.case]
    if len(words) > 1:
        # The head noun alone is often ambiguous (області: genitive, dative or locative); the words
        # before it agree with it, so its case is one they can have too (у Бєлгородській області: locative).
        shared = set.intersection(*({p.tag.case for p in analyzer.parse(word)} for word in words[:-1]))
        cases = [case for case in cases if case in shared] or cases
    governed = _GOVERNED[lang].get(preposition.lower()) if preposition is not None else None
    if governed:
        by_ending = [case for end, case in _ENDING_CASES if words[-1].endswith(end) and case in governed][:1] if declined else []
        cases = [case for case in cases if case in governed] or by_ending or cases
    else:
        cases = [case for case in cases if case not in _LOCATIVES] or cases
    if not cases and declined:
        cases = [case for end, case in _ENDING_CASES if words[-1].endswith(end)][:1]
    cases.sort(key=lambda case: case in ("accs", "acc2"))  # stable: the others keep their order
    case = cases[0] if cases else None
    if not case or case == "nomn":
        return name
    if name_lang in ("ru", "uk") and name_lang != lang:
        analyzer = _analyzer(name_lang)
    words = name.split()
    return " ".join(
        _inflect_word(word, case, analyzer, head=len(words) > 1 and i == len(words) - 1, animate=animate) for i, word in enumerate(words)
    )


#: The case of a declined town's name by its ending, where pymorphy3 reads it no other way (a masculine
#: name's, as most towns' are), longest first.
_ENDING_CASES = (
    ("ові", "datv"), ("еві", "datv"), ("ом", "ablt"), ("ем", "ablt"), ("єм", "ablt"), ("ём", "ablt"),
    ("а", "gent"), ("я", "gent"), ("у", "datv"), ("ю", "datv"), ("і", "loct"), ("е", "loct"),
)
#: Endings of Russian and Ukrainian towns named like surnames (Димитров, Жуков, Пушкин): nouns, not the surname's paradigm.
_SURNAME_LIKE_TOWNS = ("ов", "ев", "ёв", "ин", "ын")
#: pymorphy3's locative cases, which only a preposition governs.
_LOCATIVES = frozenset({"loct", "loc2"})
#: The main case of pymorphy3's second genitive, locative and accusative (из лесу, в Крыму): a Ukrainian
#: word has none of them, and a name may have no such form.
_MAIN_CASE = {"gen2": "gent", "loc2": "loct", "acc2": "accs"}


#: Endings of Ukrainian forms that pymorphy3 may list first beside a plainer one of the same case, which
#: names take, by case and part of speech (Бахмутові, Києву, Кропивницькім: Бахмуту, Києві, Кропивницькому).
_DISPREFERRED_ENDINGS = {
    ("datv", "NOUN"): ("ові", "еві", "єві"), ("loct", "NOUN"): ("у", "ю", "ові", "еві", "єві"), ("loct", "ADJF"): ("ім", "їм"),
}


def _inflect_word(word: str, case: str, analyzer, head: bool = False, animate: bool = False) -> str:
    """``word`` (a nominative) in ``case``: read as a place's name first (Николаев, Geox: not the surname's
    Николаевым), and as a noun where it is the ``head`` of a name of several words (Горішні Плавні:
    Плавнях, not Плавних; but Кропивницький alone declines as the adjective it is). ``animate`` names a
    person: read as a surname first (с Пушкиным), and an adjective's accusative the animate one."""
    readings = [p for p in analyzer.parse(word.lower()) if p.tag.POS in ("NOUN", "ADJF") and "nomn" in p.tag]
    readings.sort(key=lambda p: (("Geox" in p.tag.grammemes) == animate, ("Surn" in p.tag.grammemes) != animate, head and p.tag.POS != "NOUN"))
    if not readings:
        return word
    target = readings[0]
    if not animate and (as_town := _surname_like_town(word, target, case)) is not None:
        return as_town
    inflected = None
    for wanted in dict.fromkeys((case, _MAIN_CASE.get(case, case))):
        try:
            inflected = target.inflect({wanted})
        except ValueError:
            # pymorphy3's tag class is one for all its languages, and its known grammemes are those of the
            # dictionary loaded last: after the Ukrainian one, a Russian "loc2" is unknown.
            inflected = None
        if inflected is not None:
            break
    if inflected is None:
        return word
    if (avoided := _DISPREFERRED_ENDINGS.get((inflected.tag.case, inflected.tag.POS))) and inflected.word.endswith(avoided):
        plainer = next((f for f in target.lexeme if f.tag == inflected.tag and not f.word.endswith(avoided)), None)
        inflected = plainer or inflected
    if inflected.tag.POS == "ADJF" and inflected.tag.case in ("accs", "acc2"):
        inflected = _accusative_by_animacy(target, inflected, animate)
    return inflected.word[:1].upper() + inflected.word[1:] if word[:1].isupper() else inflected.word


def _surname_like_town(word: str, target, case: str) -> str | None:
    """A town named like a surname, which pymorphy3 knows as a surname only (Димитров, Жуков), declines as a noun:
    its accusative is its nominative and its instrumental ends in -ом (в Жуков, под Димитровом; not the surname's
    Жукова, Димитровым), in Russian and Ukrainian. None where the surname's form is the town's too (Жукова, Жукове)."""
    if "Surn" not in target.tag.grammemes or not word.endswith(_SURNAME_LIKE_TOWNS):
        return None
    return word if case in ("accs", "acc2") else word + "ом" if case == "ablt" else None


def _accusative_by_animacy(target, inflected, animate: bool):
    """Of a masculine or plural adjective's two accusatives, the inanimate one (the nominative: в Кропивницкий,
    в Горишние Плавни) for a place, the animate one (the genitive: видели Зеленского) for a person; told by
    their words, as pymorphy3's Ukrainian dictionary tags no animacy on them (both "masc,accs")."""
    forms = [f for f in target.lexeme if f.tag.case == inflected.tag.case and (f.tag.gender, f.tag.number) == (inflected.tag.gender, inflected.tag.number)]
    return next((f for f in forms if (f.word == target.word) != animate), inflected)
