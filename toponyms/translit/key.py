"""The matching key: one string per name that the romanization schemes' differences cannot change.

Spellings of one Cyrillic name under different habits — Artyomovsk,
Artiomovsk, Artjomowsk, Artëmovsk, Artemovsk; Charkiw, Kharkiv; Wjatscheslaw,
Viatcheslav, Wiaczesław — get the same key; different names keep different
keys (Kirovsk, Kirovske; Pervomaisk, Pervomaiskyi).

The key is ASCII, lower case except the class letter ``C``, and folds, in this order:

1. case and diacritics (NFKD); letters that stand for two Latin ones are
   spelled out first (ž zh, š sh, č ch, ż zh, ě je, ë io, ŭ w, ł l, ß ss),
   and Czech ď ť ň soften the next vowel (Arťomovsk = Artiomovsk);
2. apostrophes, primes and the BGN ``·`` vanish; hyphens and spaces separate
   words, which are joined at the end (Ivano-Frankivsk = Ivano Frankivsk);
3. the hushing and velar consonants ж ш щ ч х into one class ``C``: English
   *ch* is ч, German and Polish *ch* is х, French *ch* is ш, German *sch* is
   both ш and ж — so zh, sh, ch, kh, sch, tsch, tch, shch, szcz, sz, cz all fold;
4. the French -ine of -ин (Poutine = Putin, Eltsine), then one-letter folds:
   w → v, z c → s (German z = ц and s = з, Polish c = ц), j y → i, h → g
   (Ukrainian and Belarusian г is h, Russian г is g: Hraivoron = Graivoron,
   and a Cyrillic name spelled alike in both languages, Гостомель, keys alike
   whichever language is guessed); then x → ks, French ou → u, ts → s,
   French and Spanish gu before e/i → g;
5. the glides: ii → i (Kyyiv = Kyiv, Zelenskyy = Zelenskyi), ie → e
   (Yeltsin = Jelzin = Eltsin, Siergiej = Sergei, Dostoyevsky = Dostoevsky),
   io after a consonant and (i)o after ``C``, before a consonant, → e (ё
   written e: Artemovsk = Artyomovsk, Gorbachev = Gorbatschow), and Polish
   l + a/o/u for л + я/ё/ю (Czelabińsk = Chelyabinsk);
6. the old -off (Rachmaninoff), and doubled letters (Odessa = Odesa,
   Zaporizhzhia = Zaporizhia).

Cyrillic text is romanized first — with the ``wikipedia`` scheme if it is
Russian, ``national`` if Ukrainian or Belarusian (see :func:`cyrillic_langs`) —
so Артёмовск, Artyomovsk and Artemovsk share a key.

What it does not fold, by design: Spanish j for х (Járkov), French j for ж
(Zaporijjia, Brejnev) and Italian c/ci for ч (Gorbaciov, Cernobyl): each
letter means something else in other schemes (German j, Polish c), so
folding them would break more pairs than it joins. Those spellings are
reached by generating them from the Cyrillic name (:func:`romanizations`)
and indexing them under their own keys. Nor does it fold Ukrainian against
Russian forms (Kharkiv, Kharkov): those are different names of one place,
which the gazetteer links.

The price of the folds is that some different names share a key: names
differing only in ч/ш/х/ж, in з/с/ц or in г/х (Shuya and Chuya, Osinki and
Ozinki); ``scripts/eval_keys.py`` counts them on GeoNames. The resolver ranks
such candidates by other evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from .detect import cyrillic_langs
from .registry import get_scheme
from ..textnorm import CYRILLIC as _CYRILLIC

#: The canonical scheme that turns a Cyrillic name into Latin before folding.
_CANONICAL = {"ru": "wikipedia", "uk": "national", "be": "national"}

#: Apostrophes, primes and the BGN separator stand inside a word (Ul'yanovsk): they vanish.
_IN_WORD = "'`\u00b4\u00b7\u02b9\u02ba\u02bc\u2018\u2019\u201d\u2032\u2033"
#: Letters that stand for two Latin letters are spelled out before diacritics are stripped.
_SPELL_OUT = str.maketrans({
    "ž": "zh", "ż": "zh", "ź": "z", "š": "sh", "ś": "s", "č": "ch", "ć": "c", "ŝ": "shch", "ĉ": "ch",
    "ł": "l", "ĺ": "l", "ľ": "l", "ŀ": "l", "ě": "je", "ë": "io", "ŭ": "w", "ß": "ss", "ø": "o",
    "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h", "ĳ": "ij",
} | {char: None for char in _IN_WORD})
#: Czech ď ť ň before a vowel soften it like the i of other schemes (Arťomovsk = Artiomovsk).
_CZECH_SOFT = re.compile("([ďťň])(?=[aeiouyáéíóúůý])")
_CZECH_HARD = str.maketrans({"ď": "d", "ť": "t", "ň": "n"})
_MARKS = re.compile(r"[\u0300-\u036f]")
#: ASCII bytes: lower case, keep letters and digits; other characters separate words.
_ASCII_WORDS = bytes.maketrans(
    bytes(range(128)),
    bytes(c if chr(c).isalnum() and c < 128 else 32 for c in bytes(range(128)).lower()),
)
#: ж ш щ ч х in every scheme's spelling, longest first: one class C (see the module docstring).
_HUSHING = re.compile("schtsch|shtch|chtch|shch|szcz|tsch|sch|tch|shh|zh|sh|ch|kh|sz|cz")
#: One-letter folds: в w/v, з ц с z/c/s, the glides j/y/i, г h/g.
_LETTERS = bytes.maketrans(b"wczjyh", b"vssiig")
#: Letter-group folds after the one-letter ones: French ou, ц ts, French/Spanish gu before e i.
_GROUPS = (("x", "ks"), ("ou", "u"), ("ts", "s"), ("gue", "ge"), ("gui", "gi"))
_CONSONANT = "b-df-hj-np-tv-zC"
#: ё written as e: io after a consonant, and (i)o after the hushing class C, before a consonant.
_YO = re.compile(f"(?<=[b-df-hj-np-tv-z])io(?=[{_CONSONANT}])|(?<=C)i?o(?=[{_CONSONANT}])")
#: Polish writes л + я ю ё as la lu lo (Czelabińsk, Podolak).
_SOFT_L = (("lia", "la"), ("lio", "lo"), ("liu", "lu"))
#: French -ine (Poutine, Eltsine) and the old -off (Rachmaninoff) at the end of a word.
_FRENCH_INE = re.compile(r"(?<=[b-df-hj-np-tvxzC]in)e\b")  # before y → i: Ukrainian -yne (Babyne) stays
_OLD_OFF = re.compile(r"(?<=o)f+\b")
#: The first of two equal letters (removing them all collapses every run to one letter).
_DOUBLE = re.compile(r"(.)(?=\1)")


@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """The matching key of a name, Latin or Cyrillic; spellings of one name under different schemes share it.

    >>> match_key("Artyomovsk") == match_key("Artjomowsk") == match_key("Artemovsk") == match_key("Артёмовск")
    True
    >>> match_key("Charkiw") == match_key("Kharkiv") == match_key("Харків")
    True
    >>> match_key("Wjatscheslaw") == match_key("Viatcheslav") == match_key("Wiaczesław") == match_key("Vyacheslav")
    True
    >>> match_key("Kirovsk") == match_key("Kirovske"), match_key("Pervomaisk") == match_key("Pervomaiskyi")
    (False, False)
    >>> match_key("Saporischschja")
    'saporiCia'
    """
    if not text.isascii() and _CYRILLIC.search(text):
        langs = cyrillic_langs(text)
        text = get_scheme(langs[0], _CANONICAL[langs[0]]).romanize(text)
    return fold_latin(text)


def fold_latin(text: str) -> str:
    """Fold Latin-script ``text`` as :func:`match_key` does, without romanizing Cyrillic first.

    >>> fold_latin("Zaporizhzhia"), fold_latin("Saporischschja"), fold_latin("Zaporižžja")
    ('saporiCia', 'saporiCia', 'saporiCia')
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", text).lower().translate(_SPELL_OUT)
        if "ď" in text or "ť" in text or "ň" in text:
            text = _CZECH_SOFT.sub(lambda m: m.group(1) + "i", text).translate(_CZECH_HARD)
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():
            text = unidecode(text)
    text = text.encode("ascii").translate(_ASCII_WORDS, b"'`").decode("ascii")
    if "h" in text or "z" in text:  # every hushing spelling has one
        text = _HUSHING.sub("C", text)
    if "ine" in text:
        text = _FRENCH_INE.sub("", text)
    text = text.encode("ascii").translate(_LETTERS).decode("ascii")
    for old, new in _GROUPS:
        if old in text:
            text = text.replace(old, new)
    while "ii" in text:
        text = text.replace("ii", "i")
    text = text.replace("ie", "e")
    if "io" in text or "C" in text:
        text = _YO.sub("e", text)
    for old, new in _SOFT_L:
        if old in text:
            text = text.replace(old, new)
    if "of" in text:
        text = _OLD_OFF.sub("v", text)
    return _DOUBLE.sub("", text.replace(" ", ""))
