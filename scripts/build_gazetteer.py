"""Derive ingest/gazetteer/places.tsv from jionlp's administrative-division dictionary.

Usage: python scripts/build_gazetteer.py JIONLP_WHEEL_OR_PACKAGE_DIR [--out ingest/gazetteer/places.tsv]

jionlp (Apache-2.0) ships `dictionary/china_location.zip`: China's divisions down to villages,
one per line, indented by level, with the 6-digit code and a short form for the top three levels
(province, prefecture, county incl. development zones with a statistical code), and
`dictionary/china_location_change.txt`: renamings since 2000. This keeps levels 1–3, folds the
pseudo-levels (`省直辖行政区划`, a municipality repeated as its own prefecture) into their parent,
and adds the old names of renamed places as aliases. jionlp is needed only to run this script,
never at run time.
"""
from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

PSEUDO = ("省直辖行政区划", "自治区直辖县级行政区划", "市直辖行政区划", "县级行政区划")
HEADER = """\
# China's administrative divisions, province > prefecture > county (incl. development zones with a
# statistical code). Derived by scripts/build_gazetteer.py from jionlp {version}
# (https://github.com/dongrixinyu/JioNLP, Apache License 2.0): dictionary/china_location.zip
# and dictionary/china_location_change.txt. Columns: id (6-digit division code), name, short form
# (jionlp's, unique among provinces and prefectures), level (1 province, 2 prefecture, 3 county),
# parent id, former names (comma separated).
"""


def _open(source: Path, member: str) -> bytes:
    if source.is_dir():
        return (source / "dictionary" / member).read_bytes()
    with zipfile.ZipFile(source) as wheel:
        return wheel.read(f"jionlp/dictionary/{member}")


def _version(source: Path) -> str:
    if source.is_dir():
        return "(package directory " + source.name + ")"
    return source.name.split("-")[1]


def build(source: Path) -> list[tuple[str, str, str, int, str, list[str]]]:
    with zipfile.ZipFile(io.BytesIO(_open(source, "china_location.zip"))) as z:
        text = z.read(z.namelist()[0]).decode("utf-8")
    rows: dict[str, list] = {}
    parents: list[str] = ["", "", ""]  # id of the current entry per level
    for line in text.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 2:
            continue
        fields = line.strip("\t").split("\t")
        if len(fields) < 3 or not fields[1].isdigit():
            parents[depth] = parents[depth - 1] if depth else ""  # Taiwan's uncoded districts: skipped
            continue
        name, code, short = fields[0], fields[1], fields[2]
        parent = parents[depth - 1] if depth else ""
        if name in PSEUDO:
            parents[depth] = parent  # its children belong to the level above
            continue
        if code in rows:  # a municipality repeated as its prefecture; Hong Kong's districts share its code
            parents[depth] = code
            continue
        rows[code] = [code, name, short, depth + 1, parent, []]
        parents[depth] = code
    current = {row[1] for row in rows.values()}
    by_path = {}
    for code, row in rows.items():
        by_path[(row[1], rows[row[4]][1] if row[4] else "")] = code
    for line in _open(source, "china_location_change.txt").decode("utf-8").splitlines():
        if "=>" not in line:
            continue
        old, new = line.split("=>")
        old_names = old.split("\t")[2::2]
        new_names = new.split("\t")
        code = by_path.get((new_names[-1], new_names[-2] if len(new_names) > 1 else ""))
        # a former name still borne by another place (桥西区) would only add ambiguity
        if code and old_names and old_names[-1] not in current and old_names[-1] not in rows[code][5]:
            rows[code][5].append(old_names[-1])
    return [tuple(r) for r in rows.values()]  # type: ignore[misc]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="jionlp wheel (.whl) or installed jionlp package directory")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "ingest/gazetteer/places.tsv")
    args = parser.parse_args()
    rows = sorted(build(args.source), key=lambda r: r[0])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write(HEADER.format(version=_version(args.source)))
        for code, name, short, level, parent, old in rows:
            out.write(f"{code}\t{name}\t{short}\t{level}\t{parent}\t{','.join(old)}\n")
    print(f"{len(rows)} places → {args.out}")


if __name__ == "__main__":
    main()
