"""The matching key: one string per name that the romanization schemes' differences cannot change.

Spellings of one Cyrillic name under different habits — Artyomovsk,
Artiomovsk, Artjomowsk, Artëmovsk, Artemovsk; Charkiw, Kharkiv; Wjatscheslaw,
Viatcheslav, Wiaczesław — get the same key; different names keep different
keys (Kirovsk, Kirovske; Pervomaisk, Pervomaiskyi).

The key is ASCII, lower case, and folds, in this order:

1. case, diacritics and letters with strokes (NFKD, then ł l, ß ss, ...);
   letters that stand for two Latin ones are spelled out first (ž zh, š sh,
   č ch, ż zh, ě je, ë io, ŭ w), and Czech ď ť ň soften the next vowel (Arťomovsk = Artiomovsk);
2. apostrophes, primes, the BGN ``·``, hyphens and spaces, which vanish;
3. the hushing and velar consonants ж ш щ ч х into one class ``C``: English
   *ch* is ч, German and Polish *ch* is х, French *ch* is ш, German *sch* is
   both ш and ж — so zh, sh, ch, kh, sch, tsch, tch, shch, szcz, sz, cz all fold;
4. the sibilants з с ц into ``s`` (German z = ц and s = з; Polish c = ц),
   x into ks, w into v, French ou into u, gu/gh before e/i into g;
5. j and y into i, then the glides: word-initial ie → e (Yeltsin = Jelzin =
   Eltsin), ie after any letter → e (Siergiej = Sergei, Dostoyevsky = Dostoevsky),
   io after a consonant → e and o after C → e (ё written e: Artemovsk,
   Gorbachev = Gorbatschow), l + i + vowel → l + vowel (Polish Czelabińsk);
6. doubled letters (Odessa = Odesa, Zaporizhzhia = Zaporizhia, Kyyiv = Kyiv,
   Zelenskyy = Zelensky), and the French -ine of Poutine and Eltsine.

Cyrillic text is romanized first — with the ``wikipedia`` scheme if it is
Russian, ``national`` if Ukrainian or Belarusian (see :func:`cyrillic_langs`) —
so Артёмовск, Artyomovsk and Artemovsk share a key.

What it does not fold, by design: Ukrainian г = h against Russian g
(Horlivka, Gorlovka are different names, both indexed), Spanish j for х
(Járkov) and French j for ж (Zaporijjia), Italian c/ci for ч (Gorbaciov):
folding these would merge unrelated names. Those spellings are reached by
generating them from the Cyrillic name (:func:`romanizations`), not by the key.
The price of the ``C`` class is that names differing only in ч/ш/х share a key
(Shuya, Chuya); the resolver ranks such candidates by other evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from unidecode import unidecode

from .detect import cyrillic_langs
from .schemes import get_scheme

#: Version of the key rules, stored in the compiled index: change it with any rule.
KEY_VERSION = "1"

#: The canonical scheme that turns a Cyrillic name into Latin before folding.
_CANONICAL = {"ru": "wikipedia", "uk": "national", "be": "national"}

_CYRILLIC = re.compile("[\u0400-\u04ff]")
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
#: ASCII: keep letters and digits, drop in-word apostrophes, other characters separate words.
_ASCII_WORDS = str.maketrans(
    {chr(c): " " for c in range(128) if not chr(c).isalnum()} | {char: None for char in "'`"}
    | {chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)}
)

#: Fixed-string folds, in order; longest first, so schtsch is one C and not sch + t + sch.
_FOLDS = (
    ("schtsch", "C"), ("shtch", "C"), ("chtch", "C"), ("shch", "C"), ("szcz", "C"), ("tsch", "C"),
    ("sch", "C"), ("tch", "C"), ("shh", "C"), ("zh", "C"), ("sh", "C"), ("ch", "C"), ("kh", "C"),
    ("sz", "C"), ("cz", "C"), ("x", "ks"), ("w", "v"), ("ou", "u"), ("c", "s"), ("z", "s"),
    ("ts", "s"), ("j", "i"), ("y", "i"), ("h", "g"), ("gue", "ge"), ("gui", "gi"),
)
_DOUBLE = re.compile(r"(.)\1+")
_CONSONANT = "b-df-hj-np-tv-zC"
#: ё written as e: io after a consonant, and o after the hushing class C, before a consonant.
_YO = re.compile(f"(?<=[b-df-hj-np-tv-z])io(?=[{_CONSONANT}])|(?<=C)i?o(?=[{_CONSONANT}])")
#: French -ine (Poutine, Eltsine) and the old -off (Rachmaninoff) at the end of a word.
_ENDINGS = re.compile(f"(?<=[{_CONSONANT}])ine\\b|(?<=o)f\\b")
_ENDING_FOLD = {"ine": "in", "f": "v"}
_SOFT_L = (("lia", "la"), ("lio", "lo"), ("liu", "lu"))


@lru_cache(maxsize=1 << 18)
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
    if _CYRILLIC.search(text):
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
    text = text.translate(_ASCII_WORDS)
    for old, new in _FOLDS:
        if old in text:
            text = text.replace(old, new)
    text = _DOUBLE.sub(r"\1", text).replace("ie", "e")
    text = _YO.sub("e", text)
    for old, new in _SOFT_L:
        if old in text:
            text = text.replace(old, new)
    text = _ENDINGS.sub(lambda m: _ENDING_FOLD[m.group()], text)
    return _DOUBLE.sub(r"\1", text.replace(" ", ""))
