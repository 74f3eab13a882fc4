#!/usr/bin/env python3
"""Probe precision on common words: each language's commonest words, capitalized at a sentence's
start, and which of them the normalizer takes for a mention.

A sentence's first word is capitalized whatever it is, so capitals there are no evidence of a
name (issue 6). For each of the eight languages this script puts each of wordfreq's ``--top``
commonest words (letters only, three or more) capitalized at the start of one neutral sentence
of that language ("{} was mentioned yesterday by officials.") and lists the words taken as a
mention at offset 0, with the entity. Among them are true names that are common words
(France, России, Deutschland), to be read, not counted as errors: the list is for a person to
judge, and its length for comparing two versions of the rules on the same machine.

    python scripts/probe_common_words.py [--top 3000] [--lang ru ...] [--full]

Prints one line per language: the count, then ``word→entity`` for each (the first 60 unless
``--full``). Exit code 0 (a report).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toponyms import Normalizer

#: One neutral sentence per language; the word under test is its subject.
FRAMES = {
    "en": "{} was mentioned yesterday by officials.",
    "ru": "{} вчера упомянули представители властей.",
    "uk": "{} вчора згадали представники влади.",
    "de": "{} wurde gestern von den Verantwortlichen erwähnt.",
    "fr": "{} a été évoqué hier soir par les responsables.",
    "es": "{} fue mencionado ayer por los responsables.",
    "pl": "{} został wczoraj wspomniany przez urzędników.",
    "it": "{} è stato citato ieri dai responsabili.",
}


def taken(norm: "Normalizer", lang: str, top: int) -> list[str]:
    """``word→entity`` for each of the ``top`` commonest words taken as a mention at a sentence's start."""
    from wordfreq import top_n_list

    out = []
    for word in top_n_list(lang, top):
        if not word.isalpha() or len(word) < 3:
            continue
        capitalized = word[:1].upper() + word[1:]
        for mention in norm(FRAMES[lang].format(capitalized), lang).mentions:
            if mention.start == 0:
                out.append(f"{capitalized}→{mention.entity.name}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=3000, help="commonest words per language (default %(default)s)")
    ap.add_argument("--lang", nargs="+", choices=sorted(FRAMES), default=list(FRAMES), help="languages (default: all eight)")
    ap.add_argument("--full", action="store_true", help="list every word taken, not the first 60")
    args = ap.parse_args(argv)

    from toponyms import Gazetteer, Normalizer

    norm = Normalizer(Gazetteer.default())
    for lang in args.lang:
        found = taken(norm, lang, args.top)
        print(lang, len(found), " ".join(found if args.full else found[:60]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
