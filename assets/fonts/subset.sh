#!/usr/bin/env bash
# Regenerate assets/fonts/NotoSansSC-subset.otf from the system's Noto Sans CJK.
#
# Installs nothing itself. Needs (Debian, as root):
#   apt-get update && apt-get install -y fonts-noto-cjk     # 1:20220127+repack1-1 (Noto CJK 2.004)
#   pip install 'fonttools==4.68.0'                         # pyftsubset; other versions work,
#                                                            # but the bytes may differ
#
# Usage: bash assets/fonts/subset.sh [SOURCE.ttc]
# Builds the character list with charset.py (GB2312 + ASCII/Latin-1 + punctuation
# ranges + UI symbols + every character of rules/**/*.toml and locales/**/*.ftl),
# subsets face "Noto Sans CJK SC" of the collection (its index is looked up by
# name, not assumed), then checks the result with charset.py --check.
# Run it again whenever rules/ or locales/ gain a character the font lacks.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
src="${1:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
face="Noto Sans CJK SC"
out="$here/NotoSansSC-subset.otf"

[ -f "$src" ] || { echo "no $src: apt-get install -y fonts-noto-cjk" >&2; exit 1; }
command -v pyftsubset >/dev/null || { echo "no pyftsubset: pip install fonttools" >&2; exit 1; }

# Which font of the collection is "Noto Sans CJK SC" (Debian 2.004: index 2).
index="$(python3 - "$src" "$face" <<'EOF'
import sys
from fontTools.ttLib import TTCollection
path, face = sys.argv[1], sys.argv[2]
for i, font in enumerate(TTCollection(path, lazy=True).fonts):
    name = font["name"]
    if name.getDebugName(1) == face and name.getDebugName(2) == "Regular":
        print(i)
        break
else:
    sys.exit("no face %r in %s" % (face, path))
EOF
)"
echo "source: $src, font number $index ($face)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$here/charset.py" --root "$root" --output "$tmp/unicodes.txt"
echo "characters requested: $(wc -l < "$tmp/unicodes.txt")"

pyftsubset "$src" --font-number="$index" \
  --unicodes-file="$tmp/unicodes.txt" \
  --no-hinting --name-IDs='*' --layout-features='kern' \
  --output-file="$tmp/NotoSansSC-subset.otf"
mv "$tmp/NotoSansSC-subset.otf" "$out"

echo "wrote $out ($(stat -c %s "$out") bytes)"

# OFL.txt: the font's own notices plus the copyright line and the SIL OFL 1.1 text
# of Debian's copyright file for the package.
copyright=/usr/share/doc/fonts-noto-cjk/copyright
python3 - "$out" "$copyright" "$here/OFL.txt" <<'PY'
import re, sys
from fontTools.ttLib import TTFont
font_path, copyright_path, ofl_path = sys.argv[1:]
name = TTFont(font_path)["name"]
deb = open(copyright_path, encoding="utf-8").read()
# paragraph "Files: *" -> its Copyright: line
files_all = re.search(r"^Files: \*\n(.*?)(?:\n\n|\Z)", deb, re.M | re.S).group(1)
deb_copyright = re.search(r"^Copyright: (.*)$", files_all, re.M).group(1).strip()
# stand-alone paragraph "License: SIL-1.1" -> its text (DEP-5: one leading space, "." = blank line)
m = re.search(r"^License: SIL-1\.1\n((?: .*\n?)+)", deb, re.M)
licence = "\n".join("" if l.strip() == "." else l[1:] for l in m.group(1).rstrip("\n").split("\n"))
out = [
    "NotoSansSC-subset.otf is a subset of %s (%s)," % (name.getDebugName(4), name.getDebugName(5).split(";")[0]),
    "from Debian's fonts-noto-cjk (NotoSansCJK-Regular.ttc), made by subset.sh.",
    "",
    "Copyright notice in the font: %s" % name.getDebugName(0),
    "Upstream (noto-cjk): Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'.",
    "Debian's copyright file (Files: *): Copyright %s" % deb_copyright,
    name.getDebugName(7) or "",
    "",
    "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
    "The license text below is copied from Debian's copyright file.",
    "",
    licence,
    "",
]
open(ofl_path, "w", encoding="utf-8").write("\n".join(out))
PY
echo "wrote $here/OFL.txt"
python3 "$here/charset.py" --root "$root" --check "$out" --source "$src" --font-number "$index"
