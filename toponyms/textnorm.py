"""Normalization of a name before exact lookup: the first stage of every match.

``normalize`` makes two spellings equal when they differ only in ways no
reader would call a different spelling: Unicode composition, letter case,
the many apostrophe, quote and dash characters, runs of whitespace, control
and invisible characters, and the
Russian letter ё, which Russian writes or omits at will (Артёмовск =
Артемовск). Scheme differences (kh/ch/h, y/j) are not normalization; they are
folded by the matching key in :mod:`toponyms.translit`.
"""

from __future__ import annotations

import re
import unicodedata

#: Version of the normalization rules; stored in the compiled index so that an
#: index built with other rules is rebuilt instead of silently mismatching.
NORMALIZER_VERSION = "2"

_APOSTROPHES = "\u2019\u2018\u02bc\u02b9\u0060\u00b4\u2032\u055a\uff07"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\uff02"
_TABLE = str.maketrans(
    {**{c: "'" for c in _APOSTROPHES}, **{c: "-" for c in _DASHES}, **{c: '"' for c in _QUOTES}, "ё": "е", "Ё": "Е"}
)
#: Any letter of the Cyrillic block: the test for "is this name Cyrillic".
CYRILLIC = re.compile("[\u0400-\u04ff]")
#: A letter of a script other than Latin, Greek and Cyrillic (Arabic, Hebrew, Chinese...): a query in
#: Latin, Greek or Cyrillic does not match such a name by its key (see ``Resolver._key_hits``).
OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u052f\u1e00-\u1fff\u2de0-\u2dff\ua640-\ua69f]")
#: A lone surrogate code point (JSON may spell one, \\ud83d): no UTF-8 encoder takes it. The escapes are the
#: pattern's, not the string's (a raw string): mypyc compiles no string literal holding a surrogate.
SURROGATE = re.compile(r"[\ud800-\udfff]")
_SPACE = re.compile(r"\s+")
# Control characters become spaces; invisible format characters (zero-width
# joiners, bidi marks, soft hyphens) are dropped.
_INVISIBLE = re.compile("[\u0000-\u001f\u007f-\u009f]|[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def normalize(text: str) -> str:
    """Return the exact-lookup form of ``text``.

    >>> normalize("  Артёмовск ")
    'артемовск'
    >>> normalize("Kam\u2019yanets\u2013Podilskyi")
    "kam'yanets-podilskyi"
    """
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    text = _INVISIBLE.sub(lambda m: " " if m.group() < "\u00a0" else "", text)
    return _SPACE.sub(" ", text).strip().casefold()


def fold_chars(text: str) -> str:
    """A same-length folding of ``text`` for scanning running text: lower case, one
    apostrophe, one dash, ё → е. Offsets into the result are offsets into ``text``.

    >>> fold_chars("Під Артёмовськом’") == "під артемовськом'"
    True
    """
    folded = text.translate(_TABLE).lower()
    if len(folded) != len(text):  # a few letters lower-case to two code points (İ → i̇)
        folded = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text.translate(_TABLE))
    return folded


#: A letter followed by combining diacritical marks: text in decomposed form (NFD: Que\u0301bec) or a
#: Russian or Ukrainian word with its stress marked (Ба\u0301хмутом, as dictionaries and Wikipedia write it).
_MARKED = re.compile("[^\u0300-\u036f][\u0300-\u036f]+")
#: Stress marks: the acute and the grave accent. On a Cyrillic letter they mark stress, not a letter.
_STRESS = re.compile("[\u0300\u0301]")


def reading_form(text: str) -> tuple[str, list[int]] | None:
    """``text`` as the scanner reads it where it holds combining marks, with the way back; None where
    it holds none (nearly always: only then is any work done).

    Each letter with its marks is composed (NFC: e + U+0301 is é, и + U+0306 is й), and a stress mark on
    a Cyrillic letter is dropped (Ба́хмутом reads Бахмутом), so that a name is not cut at its marks.
    The second item maps an offset of the reading to one of ``text``: ``origin[i]`` is where the
    reading's character ``i`` starts in ``text`` (``origin[len(reading)] == len(text)``), so a span
    ``[s, e)`` of the reading is ``text[origin[s]:origin[e]]``, its marks included. Hand-written, as
    ``unicodedata.normalize`` gives no offsets.

    >>> reading_form("под Ба\u0301хмутом") == ("под Бахмутом", [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13])
    True
    >>> reading_form("Que\u0301bec")[0] == "Québec", reading_form("Kyiv") is None
    (True, True)
    """
    if text.isascii() or not _MARKED.search(text):
        return None
    parts: list[str] = []
    origin: list[int] = []
    pos = 0
    for cluster in _MARKED.finditer(text):
        start, end = cluster.span()
        parts.append(text[pos:start])
        origin.extend(range(pos, start))
        letters = cluster.group()
        if CYRILLIC.match(letters):
            letters = letters[0] + _STRESS.sub("", letters[1:])
        composed = unicodedata.normalize("NFC", letters)
        parts.append(composed)
        # A mark left over (no composed letter has it) belongs to its letter: a span ending on it ends
        # after the whole cluster.
        origin.append(start)
        origin.extend([end] * (len(composed) - 1))
        pos = end
    parts.append(text[pos:])
    origin.extend(range(pos, len(text) + 1))
    return "".join(parts), origin


def surface(text: str) -> str:
    """The scanner's key for a name: :func:`fold_chars` of its NFC form with whitespace collapsed."""
    return _SPACE.sub(" ", fold_chars(unicodedata.normalize("NFC", text))).strip()


#: What Russian and Ukrainian spell differently in a name one takes from the other: и/ы/і/ї, е/э/є/ё,
#: г/ґ, and the soft and hard signs and apostrophes only one of them writes (Сызрань/Сизрань,
#: Тихорецк/Тихорецьк, Новороссийск/Новоросійськ, Шебекине/Шебекіне).
_SKELETON = str.maketrans({"ы": "и", "і": "и", "ї": "и", "э": "е", "є": "е", "ё": "е", "ґ": "г", "ь": None, "ъ": None, "'": None})
_DOUBLED = re.compile(r"([бвгджзклмнпрстфхцчшщ])\1+")


def cyrillic_skeleton(text: str) -> str:
    """A Cyrillic word folded so that its Russian and Ukrainian spellings meet: a name GeoNames gives
    in one language only is found written in the other (issue 6). Doubled consonants count once, as
    Ukrainian writes Russian ones (Россия: Росія); not vowels (Макіївка is no Маківка). Letters of
    other alphabets are kept as they are.

    >>> cyrillic_skeleton("Новоросійськ") == cyrillic_skeleton("Новороссийск")
    True
    >>> cyrillic_skeleton("Сизрань") == cyrillic_skeleton("Сызрань"), cyrillic_skeleton("Сумы") == cyrillic_skeleton("Суми")
    (True, True)
    >>> cyrillic_skeleton("Тихорецьк") == cyrillic_skeleton("Тихорецк") == "тихорецк"
    True
    """
    return _DOUBLED.sub(r"\1", surface(text).translate(_SKELETON))
