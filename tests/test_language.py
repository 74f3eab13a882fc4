"""Language identification's model cache (toponyms/language.py): written once, read after, never trusted blindly."""

from __future__ import annotations

import pytest

from toponyms import language

TEXTS = {
    "ru": "Бои идут под Артёмовском, сообщили в штабе.",
    "uk": "Бої тривають під Бахмутом, повідомили у штабі.",
    "fr": "Les combats continuent près de Bakhmout, a indiqué l'état-major.",
    "pl": "Walki trwają pod Bachmutem, poinformował sztab generalny.",
}


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """No identifier loaded yet, and an empty cache directory."""
    monkeypatch.setenv("TOPONYMS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(language, "_IDENTIFIER", None)
    return tmp_path


def reload() -> dict[str, str | None]:
    language._IDENTIFIER = None
    return {lang: language.detect(text) for lang, text in TEXTS.items()}


def test_the_restricted_model_is_cached_and_read_back_with_the_same_answers(fresh, monkeypatch):
    first = reload()
    cached = list((fresh / "langid").iterdir())
    assert first == {lang: lang for lang in TEXTS} and [p.suffix for p in cached] == [".npz"]
    import py3langid.modelio

    def unavailable(path):
        raise AssertionError(f"the model file was read again: {path}")

    monkeypatch.setattr(py3langid.modelio, "load_model", unavailable)
    assert reload() == first  # from the cache alone this time
    assert set(language._IDENTIFIER.nb_classes) == set(language.LANGS)


def test_a_damaged_cache_falls_back_to_the_model_file_and_is_rewritten(fresh):
    """Also no temporary file is left behind, and a cache of another key is removed."""
    reload()
    (cached,) = (fresh / "langid").iterdir()
    cached.write_bytes(cached.read_bytes()[:1000])  # truncated
    (fresh / "langid" / "0.0.1-old.npz").write_bytes(b"x")
    assert reload() == {lang: lang for lang in TEXTS}
    assert cached.stat().st_size > 1_000_000 and list((fresh / "langid").iterdir()) == [cached]
