"""Resolve a name as written anywhere to ranked canonical entities (the resolve stage).

Pipeline, each stage cheaper than the next and tried in order:

1. normalize (:func:`toponyms.textnorm.normalize`) and look the name up exactly;
2. look up its matching key (:func:`toponyms.translit.match_key`), which also
   reaches the romanizations generated at compile time for Cyrillic names, the
   surnames of persons and the stems of region names;
3. only when nothing matched: fuzzy candidates from the trigram block index,
   scored with rapidfuzz;
4. rank by how well and how the name matched, the type of the stored name, and
   the entity's importance (kind, population, curated), under optional hints.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from rapidfuzz import fuzz

from .derive import HOW, REGION_STEM, strip_region_words
from .index import KEY_ENTRY, Index
from .model import Entity, Name
from .ranktable import place_weight
from .textnorm import OTHER_SCRIPT, normalize
from .textnorm import CYRILLIC as _CYRILLIC
from .translit.key import match_key


#: Quality of a match by how it was found; fuzzy is further scaled by similarity.
HOW_QUALITY = {"exact": 1.0, "inflection": 0.97, "variant": 0.96, "key": 0.94, "surname": 0.9, "region-stem": 0.85, "fuzzy": 0.9}
#: How much a stored name's type is trusted, for ranking.
TYPE_WEIGHT = {
    "official": 1.0,
    "common": 0.99,
    "short": 0.97,
    "former": 0.97,
    "abbreviation": 0.96,
    "transliteration": 0.96,
    "colloquial": 0.95,
    "misspelling": 0.92,
}
#: Weight of an untagged (``und``) alternate name relative to a tagged one.
UNTAGGED_TRUST = 0.97
#: Weight of a name no party is on record using, relative to an attested one
#: (Артёмовск, used by the Russian state for Bakhmut, beats a namesake village).
UNATTESTED_TRUST = 0.96
#: Share of the score that does not depend on the entity's importance.
IMPORTANCE_BASE = 0.7
#: Factor of a declined reading through a name of another language than the grammar that undid it.
OTHER_GRAMMAR = 0.97
#: A region outranking a place of its country by less than this factor is taken for a
#: city-state and ranked at ``CITY_STATE_MARGIN`` of the place's score: close enough for the
#: capital by its untagged GeoNames name beside the state by its official name in the language
#: (Polish Waszyngton, 0.78 against 0.87; Ukrainian Вашингтона).
CITY_STATE_CLOSE = 0.88
CITY_STATE_MARGIN = 0.98
#: The importance of a place of 100,000 people (a city) and of 50,000 (a town).
CITY_WEIGHT, TOWN_WEIGHT = place_weight(100_000), place_weight(50_000)
#: The population of a world city, which keeps its division's name as its own (New York: the city, not
#: the state) and an alternate name many villages bear (Bombay), and its importance.
WORLD_CITY = 1_000_000
WORLD_CITY_WEIGHT = place_weight(WORLD_CITY)
_CITY_STATE_HOWS = frozenset({"exact", "inflection", "variant", "key", "fuzzy"})
#: How alike (rapidfuzz's ratio of the matching keys) a place's and a division's names are at least
#: when the division is named after the place: Sirte and Surt 67, Benghazi and Banghāzī 86; Iwate and
#: Numakunai 14, Minas and Lavalleja 31.
ONE_NAME_SIMILARITY = 60
#: How alike (rapidfuzz's ratio of the matching keys) an alternate name and a place's own name are at least
#: when the alternate is a spelling of it in another language (Russian Константиновка, Kostyantynivka: 86;
#: Николаев, Mykolaiv: 75), not another name (Олександрівка, a former name of Donetsk: 42).
RESPELLING_SIMILARITY = 70
#: How many places must bear a name as their own before one bearing it as another name only yields to them.
OWN_NAME_PLACES = 2
#: Minimum similarity for a fuzzy candidate.
FUZZY_CUTOFF = 0.8
#: With ``keep_ties``: at most this many candidates in all.
MAX_TIES = 40
#: Languages whose declined words the resolver looks up by their dictionary form when nothing matches
#: them as written (Russian and Ukrainian are read by pymorphy3 first: :meth:`Resolver._inflected`).
_LEMMATIZED_LANGS = frozenset({"pl", "de"})
#: Contract field ``how`` for each internal way of matching.
CONTRACT_HOW = {"exact": "exact", "inflection": "variant", "variant": "variant", "key": "key", "surname": "key", "region-stem": "key", "fuzzy": "fuzzy"}


@dataclass(frozen=True, slots=True)
class Match:
    """Which stored name matched a query, and how."""

    name: Name
    how: str
    similarity: float = 1.0

    def to_json(self) -> dict:
        return {
            "name": self.name.text,
            "lang": self.name.lang,
            "type": self.name.type,
            "how": CONTRACT_HOW[self.how],
            "via": self.how,
            "similarity": round(self.similarity, 3),
            "used_by": [u.to_json() for u in self.name.used_by],
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """A ranked answer: the entity, a score in [0, 1], and the match that found it."""

    entity: Entity
    score: float
    matched: Match

    def untagged_alternate(self, lang: str | None = None) -> bool:
        """Whether it matched one of GeoNames' alternate names of unknown language (which include
        airport codes and stray words), not the entity's own name, a name whose language is known,
        or one from ISO or a curator (those carry no GeoNames usage). With ``lang``, one known to
        be of another language counts as unknown too: CLDR's Polish and Italian "Seul" for Seoul
        is French "alone"."""
        name = self.matched.name
        return (
            (name.lang == "und" or (lang is not None and name.lang != lang))
            and not self.entity.own_name(name.text) and bool(name.used_by) and all(u.party == "geonames" for u in name.used_by)
        )

    def to_json(self) -> dict:
        e = self.entity
        return {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "country": e.country,
            "geonames": e.geonames,
            "wikidata": e.wikidata,
            "lat": e.lat,
            "lon": e.lon,
            "score": round(self.score, 4),
            "matched": self.matched.to_json(),
        }

    def explain(self) -> str:
        """One line saying why this candidate was proposed."""
        m = self.matched
        parties = ", ".join(m.name.parties()) or "no party data"
        extra = f" ({m.similarity:.2f} similar)" if m.how == "fuzzy" else ""
        return f"{m.how} match{extra} on {m.name.type} {m.name.lang} name {m.name.text!r} [{parties}]"


def _capitals(text: str) -> bool:
    """Whether a stored name is written in capitals only (an acronym or a code: NATO, MUS, U.S.)."""
    return text.isupper() and sum(c.isalpha() for c in text) > 1


def _keyless(text: str) -> bool:
    """Whether ``text`` is written in a script other than Latin, Greek and Cyrillic (:data:`~toponyms.textnorm.OTHER_SCRIPT`)."""
    return not text.isascii() and OTHER_SCRIPT.search(text) is not None


def _made_from(place: str, division: str) -> bool | None:
    """How a place's canonical name relates to its division's: None when it is the same name, spelled
    alike (Geneva; Braşov and Brașov; Sankt and Saint Gallen; Benghazi and Banghāzī; Vientiane and
    Vientiane Prefecture) or with more words (Chișinău Municipality), as a division named after its city
    is; True when the place's name is made from the division's with more words (Oklahoma City, San
    Miguel de Tucumán, Cluj-Napoca, the village Le Vaud); False when they are unrelated (Iwate and the
    town Numakunai, Aichi and Okazaki)."""
    place_key, division_key = match_key(place), match_key(strip_region_words(division) or division)
    if division_key != place_key and division_key in place_key:
        return True
    return None if place_key in division_key or fuzz.ratio(place_key, division_key) >= ONE_NAME_SIMILARITY else False


def _respelling(key: str, own: str) -> bool:
    """Whether a name's match key spells the key of a place's own name as another language does: alike
    (Russian Константиновка, Kostyantynivka; Николаев, Mykolaiv) and ending alike, as a word's
    adjective does not (Олександрівка is no spelling of the district Oleksandrivskyi)."""
    return key[-1:] == own[-1:] and fuzz.ratio(key, own) >= RESPELLING_SIMILARITY


class Resolver:
    """Stateless over an :class:`~toponyms.index.Index`; safe to share between threads."""

    def __init__(self, index: Index):
        self.index = index

    def resolve(
        self,
        name: str,
        *,
        limit: int = 5,
        country: str | None = None,
        kind: str | None = None,
        lang: str | None = None,
        fuzzy: bool = True,
        keep_ties: bool = False,
    ) -> list[Candidate]:
        """The best ``limit`` entities for ``name``, best first; ``[]`` when nothing matches
        (with ``fuzzy``, only when nothing is similar either). ``keep_ties`` also keeps those
        that score as high as the last of them, up to :data:`MAX_TIES` in all. Case matters
        only for names in capitals: NATO is the alliance (not the village Nato) and Mus is not
        MUS (Mauritius)."""
        norm = normalize(name)
        if not norm or len(norm) > 300:
            return []
        hits = self._lookup(name, norm)
        cyrillic = bool(_CYRILLIC.search(name))
        if cyrillic:
            declined = self._inflected(name, lang)  # a declined form, before any looser key match wins
            if any(how == "exact" for _, how, _ in hits):
                # Written exactly as a name (Уфе, Ouffet in Belgium), a word may still be a place's
                # declined form (в Уфе: Ufa), ranked by importance; not a region's or a country's, as
                # common words decline to their short ISO names (горы → Гор, Ghowr).
                facts = self.index.rank.facts([nid for nid, _, _ in declined])
                declined = [hit for hit, (_, _, _, _, _, ent_kind, _, _) in zip(declined, facts) if ent_kind == "place"]
            hits += declined
        if not hits and lang in _LEMMATIZED_LANGS and " " not in norm:
            hits = self._lemmatized(name, lang)
        if not hits and fuzzy:
            hits = self._fuzzy(name)
        rank = partial(self._rank, limit=limit, country=country.upper() if country else None, kind=kind, lang=lang, keep_ties=keep_ties, cyrillic=cyrillic)
        if _capitals(name):
            # An acronym written in capitals (NATO, OTAN) names what is written so, not the
            # places that match it only once case is folded (Nato and Otan, villages).
            as_written = [h for h in hits if self.index.records.name_fields(h[0])[0] == name]
            return rank(as_written or hits)
        ranked = rank(hits)
        if any(_capitals(c.matched.name.text) for c in ranked):
            # Nor does a word that is not in capitals name what is stored only in capitals: ISO's
            # and the airports' codes (Mus is no MUS, Mauritius; Dom no DOM; Han no HAN, Hanoi).
            hits = [h for h in hits if not _capitals(self.index.records.name_fields(h[0])[0])]
            ranked = rank(hits)
        return ranked

    # -- stages --------------------------------------------------------------
    def _lookup(self, text: str, norm: str) -> list[tuple[int, str, float]]:
        exact = self.index.exact_nids(norm)
        hits = [(nid, "exact", 1.0) for nid in exact]
        # A name found exactly is not scored again through its key: the key match ranks lower.
        keyed = [h for h in self._key_hits(match_key(text), any_script=_keyless(text)) if h[0] not in exact]
        if exact and " " in norm:
            # Nor are its words another's single word that the key joins them into (Mar Rosso, exactly the Red
            # Sea's Italian name, is no Marocco).
            keyed = [h for h in keyed if " " in self.index.records.name_fields(h[0])[0]]
        hits += keyed
        stem = strip_region_words(text)
        if stem:
            # "Belgorod region": a region whose name has a division word (Belgorod Oblast), by its stem,
            # or one named without any (Galați, Provincia di Modena's Modena), by its whole name.
            stems = [h for h in self._key_hits(match_key(stem)) if h[1] == HOW[REGION_STEM]]
            # And those named without any, written exactly so (a key match of the stem is no evidence:
            # Mosca ~ Mosa, the Meuse): so the regione di Mosca is the federal city ISO names Mosca in
            # Italian (Moscow Oblast has no Italian stem to find), the département du Nord France's Nord
            # (beside Cameroon's Provincia del Nord).
            plain = self.index.exact_nids(normalize(stem))
            kinds = self.index.rank.facts(plain)
            stems += [(nid, HOW[REGION_STEM], 1.0) for nid, fact in zip(plain, kinds) if fact[5] == "region"]
            hits += stems
        return hits

    def _inflected(self, text: str, lang: str | None) -> list[tuple[int, str, float]]:
        """Look up the nominative forms of a declined Russian/Ukrainian name (Артёмовском → Артёмовск)."""
        from .inflect import nominative_forms

        hits = []
        for language in (lang,) if lang in ("ru", "uk") else ("ru", "uk"):
            for rank, form in enumerate(nominative_forms(text, language)):
                if form == text:
                    continue
                weight = 1.0 - 0.01 * rank  # likelier readings first, and exact before key matches
                found = [(nid, how) for nid, how, _ in self._lookup(form, normalize(form)) if how in ("exact", "key")]
                types = self.index.rank.facts([nid for nid, _ in found])
                hits += [
                    # A name of another language than the grammar that declined it is a likelier misreading
                    # (Russian "в Самаре": Samara, not Samar, whose Ukrainian name is Самар).
                    (nid, "inflection", weight * (1.0 if how == "exact" else HOW_QUALITY["key"]) * (1.0 if fact[1] in (language, "und") else OTHER_GRAMMAR))
                    for (nid, how), fact in zip(found, types)
                    # An abbreviation matches as written only, not through a key (Вашого: ваш, not Wash.).
                    if how == "exact" or fact[2] != "abbreviation"
                ]
        return hits

    def _lemmatized(self, text: str, lang: str) -> list[tuple[int, str, float]]:
        """The names written exactly as the dictionary form of a declined Polish or German word that matches
        nothing as written (Szczecinem: Szczecin, where a fuzzy match would find Szczecinek; Kiews: Kiew),
        by simplemma, which the normalizer's scanner uses for these languages too."""
        from .inflect import lemma

        form = lemma(text, lang)
        if form == text:
            return []
        return [(nid, "inflection", 1.0) for nid in self.index.exact_nids(normalize(form))]

    def _key_hits(self, key: str, *, any_script: bool = False) -> list[tuple[int, str, float]]:
        """The names filed under ``key``; with ``any_script`` (a query in a script other than Latin, Greek and
        Cyrillic), those of names in such scripts too: unidecode's skeleton of an unvowelled script collides
        with other names' keys (Kiowa's Arabic كيوا and Callao's كاياو had been key matches of Kyiv), while
        it finds that script's own spellings (الاسكندرية without its hamza: الإسكندرية, Alexandria)."""
        if not key:
            return []
        entries = self.index.keys.get(key, ())
        if any_script:
            entries = [*entries, *self.index.script_keys.get(key, ())]
        return [(nid, HOW[how], 1.0) for nid, how in KEY_ENTRY.iter_unpack(b"".join(entries))]

    def _fuzzy(self, text: str) -> list[tuple[int, str, float]]:
        key = match_key(text)
        if len(key) < 4:  # too short to tell a typo from another name
            return []
        hits = []
        any_script = _keyless(text)
        for candidate, similarity in self.index.fuzzy.candidates(key, limit=10, cutoff=FUZZY_CUTOFF):
            for nid, _how, _ in self._key_hits(candidate, any_script=any_script):
                hits.append((nid, "fuzzy", similarity))
        return hits

    def _city_states_first(self, best: dict, where: dict[int, tuple[str, str, float]], yielding: set[int]) -> None:
        """A region matched as exactly as a place of its country and scoring about as high is almost
        always meant as the place, where that is a city (Kyiv City and Kyiv, Washington the state and
        the capital) or lies inside the region (Zug, the canton's capital; Cascade, Seychelles, and its
        district): rank it just below the place. Not below a village elsewhere (Sachsen bei Ansbach,
        in Bavaria, one of whose names is Sachsen, says nothing of Saxony). Places ``yielding`` to a
        division they lie in (:meth:`_divisions_over_alternates`) rank no region below them."""
        places: dict[str, list[tuple[float, int, float]]] = {}
        for rid, (score, _, how, _) in best.items():
            kind, country, weight = where[rid]
            if kind == "place" and how in _CITY_STATE_HOWS and rid not in yielding:
                places.setdefault(country, []).append((score, rid, weight))
        for rid, (score, nid, how, similarity) in best.items():
            kind, country, _ = where[rid]
            if kind != "region" or how not in _CITY_STATE_HOWS:
                continue
            close = [entry for entry in places.get(country, ()) if score * CITY_STATE_CLOSE <= entry[0] <= score]
            # Whether a village lies inside the region is read for such rare pairs only (a row load each).
            admin1 = self.index.records.entity(rid).admin1 if close else None
            # A division of no admin1 (a province: Venezia) stands for its town of 50,000, as a
            # first-level one stands for a city of 100,000 or a place inside it.
            standing = [place for place, pid, weight in close
                        if weight >= (TOWN_WEIGHT if admin1 is None else CITY_WEIGHT)
                        or (admin1 is not None and self.index.records.entity(pid).admin1 == admin1)]
            if standing:
                best[rid] = (max(standing) * CITY_STATE_MARGIN, nid, how, similarity)

    def _divisions_over_alternates(
        self, best: dict, where: dict[int, tuple[str, str, float]], named: dict[int, tuple[bool, str]],
    ) -> set[int]:
        """The places that yield to a first-level division they lie in, named exactly so by a name of its
        own, as only an untagged GeoNames alternate names them so: Oklahoma is the state, not Oklahoma
        City, one of whose alternates is "Oklahoma"; Iwate the prefecture, not the town Numakunai. Each is
        ranked just below the division, if it was above. Not a world city (New York), which news name by
        its division's name, nor the city a division is named after (Genf, Lublin), nor outside the US a
        city whose name is made from its division's (San Miguel de Tucumán, Cluj-Napoca), nor a city-state
        beside a region it does not lie in (Polish Waszyngton), nor a city its division's abbreviation
        names too (D.C.)."""
        alternate = {rid for rid, (untagged, _) in named.items() if untagged}
        # Regions named exactly so by a name of their own, not an abbreviation, by country.
        regions: dict[str, list[int]] = {}
        for rid, (_, _, how, _) in best.items():
            if rid not in alternate and how == "exact" and where[rid][0] == "region" and named[rid][1] != "abbreviation":
                regions.setdefault(where[rid][1], []).append(rid)
        yielding: set[int] = set()
        for pid in alternate:
            kind, country, weight = where[pid]
            if kind != "place" or weight >= WORLD_CITY_WEIGHT or best[pid][2] not in _CITY_STATE_HOWS:
                continue
            divisions = regions.get(country, [])
            # Whether the place lies inside such a division, and is not the city it is named after (Genf,
            # Zürich, Lublin: canton and voivodeship take their capital's name), is read for these rare
            # pairs only (a row load each).
            place = self.index.records.entity(pid) if divisions else None
            if place is None or place.admin1 is None:
                continue
            # A US state's name is the state's, even where a city's is made from it (Oklahoma City); elsewhere a
            # city of 100,000 whose name is made from its division's is called by it too (Tucumán, Cluj).
            inside = [best[rid][0] for rid in divisions if (division := self.index.records.entity(rid)).admin1 == place.admin1
                      and (made := _made_from(place.name, division.name)) is not None
                      and not (made and country != "US" and weight >= CITY_WEIGHT)]
            if inside:
                yielding.add(pid)
                best[pid] = (min(best[pid][0], max(inside) * CITY_STATE_MARGIN), *best[pid][1:])
        return yielding

    def _own_names_over_alternates(self, best: dict, where: dict[int, tuple[str, str, float]], named: dict[int, tuple[bool, str]]) -> None:
        """Where :data:`OWN_NAME_PLACES` or more places bear the name as their own (their main name, or
        a spelling of it: Олександрівка, Oleksandrivka), a place that bears it only as an untagged GeoNames
        alternate unlike its own name ranks just below the best of them: that is a former name (Олександрівка,
        of Donetsk; Іванівка, of Bilozerka) or a stray one (Покровка, of Kyzyl-Suu in Kyrgyzstan), and a
        text naming one of the many villages so called means a village. Not a world city (Bombay), nor a place
        whose alternate respells its own name in another language (Russian Константиновка for Kostyantynivka).
        For a Cyrillic name only: GeoNames' untagged Latin ones are also exonyms, which a language uses
        today (German Lemberg, Lviv, beside the village Lemberg in the Palatinate). The names are read only
        when the best place holds the name as an untagged alternate, and in score order only until the
        second place bearing it as its own (a row load each). A place bears the name as its own only where
        it matched exactly: a declined reading or a key match is another name (Ровно, Rivne, is no spelling
        of the village Rovnoye's Ровное)."""
        places = sorted((rid for rid in best if where[rid][0] == "place"), key=lambda rid: -best[rid][0])
        if len(places) <= OWN_NAME_PLACES or not named[places[0]][0]:
            return
        records = self.index.records
        above: list[int] = []  # places bearing the name as another name, ranked above the first bearing it as its own
        own: list[int] = []
        for rid in places:
            place = records.entity(rid)
            key, main_key = match_key(records.name_fields(best[rid][1])[0]), match_key(place.name)
            if key == main_key and best[rid][2] == "exact":  # not a declined or loose reading (Ровное, for Ровно)
                own.append(rid)
                if len(own) == OWN_NAME_PLACES:
                    break
            elif not own and named[rid][0] and (place.population or 0) < WORLD_CITY and not _respelling(key, main_key):
                above.append(rid)  # by population: a curated city's weight has a bonus (Donetsk weighs as a world city)
        if len(own) == OWN_NAME_PLACES:
            ceiling = best[own[0]][0] * CITY_STATE_MARGIN
            for rid in above:
                best[rid] = (min(best[rid][0], ceiling), *best[rid][1:])

    def _rank(
        self, hits, *, limit: int, country: str | None, kind: str | None, lang: str | None, keep_ties: bool = False, cyrillic: bool = False,
    ) -> list[Candidate]:
        """Score every hit from the compact rank table, then load only the winners in full; ``cyrillic``: the
        name looked up is written in Cyrillic (:meth:`_own_names_over_alternates`)."""
        if not hits:
            return []
        facts = self.index.rank.facts([nid for nid, _, _ in hits])
        best: dict[int, tuple[float, int, str, float]] = {}  # rid → (score, nid, how, similarity)
        named: dict[int, tuple[bool, str]] = {}  # rid → (whether an untagged alternate, type) of its best hit's name
        for (nid, how, similarity), (rid, name_lang, name_type, main, attested, ent_kind, ent_country, weight) in zip(hits, facts):
            if (country and ent_country != country) or (kind and ent_kind != kind):
                continue
            if how == HOW[REGION_STEM] and ent_kind != "region":
                continue
            if name_type == "abbreviation" and how not in ("exact", "inflection"):
                continue  # BEL is Belgium, Bell is not: an abbreviation matches as written only
            lang_factor = 1.0 if lang is None or name_lang in (lang, "und") else 0.97
            # An untagged GeoNames alternate name is noisier than a name whose language
            # and type a curator (or ISO) asserted; the entity's own main name is not.
            # ISO's subdivision names are untagged too (Sachsen, Bretagne), but official: asserted.
            untagged = name_lang == "und" and not main and name_type != "official"
            trust = UNTAGGED_TRUST if untagged else 1.0
            trust *= 1.0 if attested else UNATTESTED_TRUST
            score = HOW_QUALITY[how] * similarity * TYPE_WEIGHT[name_type] * lang_factor * trust * (IMPORTANCE_BASE + (1 - IMPORTANCE_BASE) * weight)
            if rid not in best or score > best[rid][0]:
                best[rid] = (score, nid, how, similarity)
                named[rid] = (untagged, name_type)
        if len(best) > 1:
            where = {f[0]: (f[5], f[6], f[7]) for f in facts}
            if cyrillic:
                self._own_names_over_alternates(best, where, named)
            self._city_states_first(best, where, self._divisions_over_alternates(best, where, named))
        top = sorted(best.items(), key=lambda item: (-item[1][0], item[0])) if len(best) > 1 else list(best.items())  # ties: compile order
        if keep_ties and len(top) > limit:
            last = top[limit - 1][1][0]
            top = [item for i, item in enumerate(top[:MAX_TIES]) if i < limit or item[1][0] >= last]
        else:
            top = top[:limit]
        out = []
        for rid, (score, nid, how, similarity) in top:
            entity, name = self.index.match(nid, rid)
            out.append(Candidate(entity, score, Match(name, how, similarity)))
        return out
