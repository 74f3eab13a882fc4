"""Guess which of Russian, Ukrainian and Belarusian a Cyrillic name is written in, from its letters."""

from __future__ import annotations

_UK_ONLY = frozenset("їєґ")
_BE_ONLY = frozenset("ў")
_NOT_UK = frozenset("ыэъё")


def cyrillic_langs(text: str) -> tuple[str, ...]:
    """The languages (of ru, uk, be) whose alphabet fits ``text``, likeliest first; ``()`` without Cyrillic.

    Only letters decide: ї є ґ are Ukrainian, ў Belarusian, і is Ukrainian or
    Belarusian, ы э ъ ё are Russian (or Belarusian next to і). A name in the
    letters all three share (Бахмут) fits Russian and Ukrainian.

    >>> cyrillic_langs("Київ"), cyrillic_langs("Магілёў"), cyrillic_langs("Артёмовск")
    (('uk',), ('be',), ('ru',))
    >>> cyrillic_langs("Мінск"), cyrillic_langs("Бахмут"), cyrillic_langs("Bakhmut")
    (('uk', 'be'), ('ru', 'uk'), ())
    """
    letters = set(text.lower())
    if letters & _BE_ONLY:
        return ("be",)
    if letters & _UK_ONLY:
        return ("uk",)
    if "і" in letters:
        return ("be",) if letters & _NOT_UK else ("uk", "be")
    if letters & _NOT_UK:
        return ("ru",)
    if any("\u0400" <= char <= "\u04ff" for char in letters):
        return ("ru", "uk")
    return ()
