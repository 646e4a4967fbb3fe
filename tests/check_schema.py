# Checks JSON files against a JSON Schema (draft 2020-12): check_schema.py SCHEMA FILE...
# Prints "ok", or one line per violation and exits 1. Used by CTest when python3-jsonschema is there.
import json, sys
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    for e in v.iter_errors(json.load(open(path))):
        print(path, list(e.absolute_path), e.message); bad += 1
print("ok" if not bad else "%d problems" % bad)
sys.exit(1 if bad else 0)
