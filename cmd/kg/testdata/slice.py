"""Checks that kg's character offsets slice the text as Python slices a
str: slice.py TEXT JSONL... where each JSONL is kg mentions output (text,
char_start, char_end) or kg facts output (sentence, char_start,
char_end). The byte offsets are checked on the UTF-8 bytes too. Prints
how many spans were checked; exits 1 at the first that is wrong."""
import json
import sys

text = open(sys.argv[1], encoding="utf-8", newline="").read()
data = text.encode("utf-8")
n = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            want = o["sentence"] if "sentence" in o else o["text"]
            bs, be = (o["byte_start"], o["byte_end"]) if "sentence" in o else (o["start"], o["end"])
            got = text[o["char_start"]:o["char_end"]]
            if got != want:
                sys.exit(f"{path}: characters {o['char_start']}:{o['char_end']} give {got!r}, want {want!r}")
            if data[bs:be].decode("utf-8") != want:
                sys.exit(f"{path}: bytes {bs}:{be} do not give {want!r}")
            n += 1
print(n)
