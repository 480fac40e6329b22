"""Field accuracy of metadata extraction on documents with known metadata.

    PYTHONPATH=$PWD .venv/bin/python scripts/measure_metadata.py [--dev ../shared/corpus-dev] [--verbose]

The truth: for the ten development documents what ../shared/corpus-dev/SOURCES.md states (title,
date of delivery, speaker; the region is the province, the issuer its people's government, whose
report the governor delivers; none has a 文号); for the five bundled documents corpus/manifest.json.
Extraction runs on the raw text without the manifest. A title "2026年政府工作报告" whose province is
only in the subtitle (云南) is expected with the province put in. Run it on an older checkout
(PYTHONPATH of that checkout) to get the "before" column.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus-dev"
FIELDS = ("title", "issuer", "date", "number", "region", "speaker")

# file stem → (title, date, speaker, province) from SOURCES.md
DEV_TRUTH = {
    "guangdong-gov-work-report-2026": ("2026年广东省政府工作报告", "2026-01-26", "孟凡利", "广东省"),
    "zhejiang-gov-work-report-2026": ("2026年浙江省政府工作报告", "2026-01-14", "刘捷", "浙江省"),
    "sichuan-gov-work-report-2026": ("2026年四川省人民政府工作报告", "2026-02-03", "施小琳", "四川省"),
    "henan-gov-work-report-2026": ("2026年河南省政府工作报告", "2026-01-26", "王凯", "河南省"),
    "shandong-gov-work-report-2026": ("2026年山东省政府工作报告", "2026-01-27", "周乃翔", "山东省"),
    "hubei-gov-work-report-2026": ("2026年湖北省政府工作报告", "2026-01-27", "李殿勋", "湖北省"),
    "shaanxi-gov-work-report-2026": ("陕西省2026年政府工作报告", "2026-01-27", "赵刚", "陕西省"),
    "yunnan-gov-work-report-2026": ("2026年云南省政府工作报告", "2026-01-28", "王予波", "云南省"),
    "xinjiang-gov-work-report-2026": ("2026年新疆维吾尔自治区政府工作报告", "2026-01-27", "艾尔肯·吐尼亚孜",
                                      "新疆维吾尔自治区"),
    "heilongjiang-gov-work-report-2026": ("2026年黑龙江省政府工作报告", "2026-01-31", "梁惠玲", "黑龙江省"),
}


def cases(dev_dir: Path = DEV) -> list[tuple[str, Path, dict[str, object]]]:
    """(set, file, expected fields) of every document with known metadata."""
    out = []
    for stem, (title, date, speaker, province) in DEV_TRUTH.items() if dev_dir.is_dir() else ():
        expected = {"title": title, "issuer": f"{province}人民政府", "date": date, "number": "",
                    "region": [province], "speaker": speaker}
        out.append(("dev", dev_dir / f"{stem}.txt", expected))
    manifest = json.loads((ROOT / "corpus" / "manifest.json").read_text(encoding="utf-8"))["documents"]
    for name, entry in sorted(manifest.items()):
        expected = {f: entry.get(f, "") for f in ("title", "issuer", "date", "number")}
        expected["region"] = entry["region"].split(";")
        out.append(("bundled", ROOT / "corpus" / name, expected))
    return out


def extracted(path: Path) -> dict[str, object]:
    from ingest.metadata import extract_meta

    meta = extract_meta(path.read_text(encoding="utf-8"), path.name, {})
    return {f: getattr(meta, f, "") for f in FIELDS}


def measure(dev_dir: Path = DEV) -> list[tuple[str, str, str, object, object]]:
    """(set, document, field, expected, got) for every field that has a truth."""
    rows = []
    for group, path, expected in cases(dev_dir):
        got = extracted(path)
        for field, value in expected.items():
            rows.append((group, path.stem, field, value, got[field]))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--verbose", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    rows = measure(args.dev)
    print("| set | " + " | ".join(FIELDS) + " |")
    print("|---|" + "---|" * len(FIELDS))
    for group in ("dev", "bundled"):
        cells = []
        for field in FIELDS:
            scored = [(e, g) for s, _, f, e, g in rows if s == group and f == field]
            cells.append(f"{sum(e == g for e, g in scored)}/{len(scored)}" if scored else "—")
        print(f"| {group} | " + " | ".join(cells) + " |")
    if args.verbose:
        for group, doc, field, expected, got in rows:
            if expected != got:
                print(f"  {group} {doc} {field}: expected {expected!r}, got {got!r}")


if __name__ == "__main__":
    main()
