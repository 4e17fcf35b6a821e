#!/usr/bin/env python3
"""Character set of the bundled CJK font (NotoSansSC-subset.otf), and its check.

The set is:
  * every character of GB2312 (all two-byte codes 0xA1A1..0xF7FE that Python's
    gb2312 codec decodes),
  * ASCII (U+0020..U+007E) and Latin-1 (U+00A0..U+00FF),
  * General Punctuation (U+2000..U+206F), CJK Symbols and Punctuation
    (U+3000..U+303F), Halfwidth and Fullwidth Forms (U+FF00..U+FFEF),
  * a few arrows and symbols the UI may use (UI_SYMBOLS below),
  * every character that occurs in rules/**/*.toml and locales/**/*.ftl
    (control characters and whitespace left out).

Usage (standard library only, except --check which needs fontTools):
  python3 charset.py [--root DIR] [--output FILE]
      Write the set as a pyftsubset --unicodes-file (one U+XXXX a line).
  python3 charset.py [--root DIR] --check FONT [--source FONT --font-number N]
      Check that FONT maps every character of rules/ and locales/ (exit 1 if
      not) and report which characters of the whole set it lacks; with
      --source, also report which of those the source font lacks itself.

DIR is the repository root (default: two levels above this file).
"""

import argparse
import sys
import unicodedata
from pathlib import Path

RANGES = [
    (0x0020, 0x007E),  # ASCII (printable)
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x2000, 0x206F),  # General Punctuation
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
]

UI_SYMBOLS = "→←↑↓•·…—–✓✔✗▶◀⚠○●"

PROJECT_GLOBS = [("rules", "**/*.toml"), ("locales", "**/*.ftl")]


def gb2312_chars():
    chars = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.update(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def project_files(root):
    files = []
    for folder, pattern in PROJECT_GLOBS:
        files.extend(sorted((root / folder).glob(pattern)))
    return files


def wanted(c):
    """Characters that need a glyph: not control characters, not whitespace."""
    return unicodedata.category(c) != "Cc" and not c.isspace()


def project_chars(root):
    chars = set()
    for path in project_files(root):
        chars.update(c for c in path.read_text(encoding="utf-8") if wanted(c))
    return chars


def full_charset(root):
    chars = gb2312_chars()
    for lo, hi in RANGES:
        chars.update(chr(cp) for cp in range(lo, hi + 1))
    chars.update(UI_SYMBOLS)
    chars.update(project_chars(root))
    return chars


def describe(c):
    return "U+%04X %s %s" % (ord(c), c if wanted(c) else " ", unicodedata.name(c, "<unassigned>"))


def cmap_of(path, font_number=None):
    from fontTools.ttLib import TTFont

    kwargs = {"lazy": True}
    if font_number is not None:
        kwargs["fontNumber"] = font_number
    font = TTFont(path, **kwargs)
    return font, font.getBestCmap()


def check(root, font_path, source_path, font_number):
    font, cmap = cmap_of(font_path)
    proj = project_chars(root)
    full = full_charset(root)
    missing_proj = sorted(c for c in proj if ord(c) not in cmap)
    missing_full = sorted(c for c in full if ord(c) not in cmap)
    src_cmap = None
    if source_path:
        _, src_cmap = cmap_of(source_path, font_number)

    print("%s: %d glyphs, %d mapped characters" % (font_path, len(font.getGlyphOrder()), len(cmap)))
    print("rules/ and locales/: %d files, %d distinct characters (no controls, no whitespace)"
          % (len(project_files(root)), len(proj)))
    print("full character set: %d characters, %d not in the font" % (len(full), len(missing_full)))
    if src_cmap is not None:
        lost = [c for c in missing_full if ord(c) in src_cmap]
        absent = [c for c in missing_full if ord(c) not in src_cmap]
        print("  missing from the source font as well (nothing to subset): %d" % len(absent))
        for c in absent:
            if c in UI_SYMBOLS or c in proj:
                print("    " + describe(c) + ("  (UI symbol)" if c in UI_SYMBOLS else ""))
        for lo, hi in RANGES:
            gaps = [c for c in absent if lo <= ord(c) <= hi and c not in UI_SYMBOLS and c not in proj]
            if gaps:
                print("    U+%04X..U+%04X: %d absent (%d unassigned or format): %s"
                      % (lo, hi, len(gaps),
                         sum(unicodedata.category(c) in ("Cn", "Cf") for c in gaps),
                         " ".join("%04X" % ord(c) for c in gaps)))
        if lost:
            print("  ERROR: in the source font but dropped by the subset: %d" % len(lost))
            for c in lost:
                print("    " + describe(c))
    if missing_proj:
        print("ERROR: characters of rules/ or locales/ without a glyph: %d" % len(missing_proj))
        for c in missing_proj:
            where = [str(p.relative_to(root)) for p in project_files(root)
                     if c in p.read_text(encoding="utf-8")]
            print("    %s  in %s" % (describe(c), ", ".join(where[:5])))
        if src_cmap is not None:
            print("  (of these, missing from the source font itself: %s)"
                  % (" ".join(c for c in missing_proj if ord(c) not in src_cmap) or "none"))
        return 1
    if src_cmap is not None and lost:
        return 1
    print("OK: every character of rules/ and locales/ has a glyph")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[2])
    ap.add_argument("--output", type=Path)
    ap.add_argument("--check", metavar="FONT")
    ap.add_argument("--source", metavar="FONT")
    ap.add_argument("--font-number", type=int)
    args = ap.parse_args()
    root = args.root.resolve()
    if args.check:
        return check(root, args.check, args.source, args.font_number)
    lines = ["U+%04X" % ord(c) for c in sorted(full_charset(root))]
    text = "\n".join(lines) + "\n"
    if args.output:
        args.output.write_text(text, encoding="ascii")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
