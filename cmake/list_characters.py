"""Writes every character beyond ASCII that the app may draw from its own texts and code.

    list_characters.py OUTPUT FILE...

JSON files count by their decoded strings (so \\u escapes count as the characters they stand for),
other files (the C++ sources) as UTF-8 text. The result is one line, sorted.
"""
import json
import sys

output, *inputs = sys.argv[1:]
characters = set()
for name in inputs:
    with open(name, encoding="utf-8") as file:
        text = json.dumps(json.load(file), ensure_ascii=False) if name.endswith(".json") else file.read()
    characters.update(c for c in text if c > "~")
with open(output, "w", encoding="utf-8") as file:
    file.write("".join(sorted(characters)))
