"""Latency and quality of answering over the bundled corpus.

    .venv/bin/python scripts/bench_query.py                 # p50/p95: /api/ask (first time, repeated), retrieval
    .venv/bin/python scripts/bench_query.py --quality       # probe accuracy per fusion method (rrf/score/bm25/dense)
    .venv/bin/python scripts/bench_query.py --url http://127.0.0.1:8000   # a running `policyqa serve`

The probes are varied phrasings in both scripts: answerable ones name the document and a
quote the cited passage must contain; unanswerable ones must abstain.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BANAN, RONGCHANG, LIANGJIANG = "banan-education-plan-2021", "rongchang-self-evaluation", "liangjiang-briefing-2020"
KAIZHOU, HANZHONG = "kaizhou-news-2020", "hanzhong-lueyang-meeting-2023"

# (question, (doc_id, quote the answer's citations must contain) or None = must abstain)
PROBES: list[tuple[str, tuple[str, str] | None]] = [
    ("巴南区2025年在园幼儿数目标是多少？", (BANAN, "4.85")),
    ("巴南區2025年在園幼兒數目標是多少？", (BANAN, "4.85")),
    ("到2025年巴南在园幼儿要达到多少万人", (BANAN, "4.85")),
    ("巴南区九年义务教育巩固率的目标", (BANAN, "99.5")),
    ("巴南区高中阶段教育毛入学率2025年目标", (BANAN, "98.5")),
    ("巴南区公办幼儿园在园幼儿占比目标是多少", (BANAN, ">55")),
    ("巴南区2025年普通初中在校学生数预期多少", (BANAN, "3.80")),
    ("巴南现有幼儿园多少所", (BANAN, "238")),
    ("巴南区投入资助资金多少", (BANAN, "3.94")),
    ("巴南区的普惠率是多少", (BANAN, "78.93")),
    ("巴南区如何推进集团化办学？", (BANAN, "集團化辦學")),
    ("荣昌区交流轮岗教师占比是多少", (RONGCHANG, "44.75")),
    ("榮昌區交流輪崗教師佔比是多少？", (RONGCHANG, "44.75")),
    ("荣昌交流轮岗的骨干教师占比", (RONGCHANG, "37.73")),
    ("荣昌区小学校际综合差异系数是多少", (RONGCHANG, "0.379")),
    ("荣昌区初中校际综合差异系数", (RONGCHANG, "0.321")),
    ("荣昌区特殊教育学校公用经费标准", (RONGCHANG, "6000")),
    ("荣昌区教师月平均工资收入是多少", (RONGCHANG, "13223")),
    ("荣昌区优质高中招生名额分配比例", (RONGCHANG, "80.3")),
    ("荣昌区初中三年巩固率", (RONGCHANG, "100%")),
    ("荣昌区残疾儿童少年入学率是多少", (RONGCHANG, "100%")),
    ("荣昌区专任教师有多少人", (RONGCHANG, "4384")),
    ("荣昌区如何加强劳动教育？", (RONGCHANG, "劳动教育")),
    ("荣昌区怎样优化学校布局", (RONGCHANG, "优化学校布局")),
    ("两江新区如何推进教师区管校聘？", (LIANGJIANG, "区管校聘")),
    ("兩江新區如何推進教師區管校聘？", (LIANGJIANG, "区管校聘")),
    ("两江新区财政局5年累计投入多少", (LIANGJIANG, "49亿元")),
    ("两江新区小学生均公用经费标准", (LIANGJIANG, "1750")),
    ("两江新区随迁子女占在校学生的比例", (LIANGJIANG, "31.7%")),
    ("两江新区建立了几个教育集团", (LIANGJIANG, "8个教育集团")),
    ("两江新区课后服务参与率", (LIANGJIANG, "95%")),
    ("两江新区有多少在校中小学生", (LIANGJIANG, "65518")),
    ("开州区预计新增多少学位", (KAIZHOU, "5130")),
    ("開州區新增建築面積多少", (KAIZHOU, "6.7")),
    ("开州区每年新引进多少教师", (KAIZHOU, "400")),
    ("开州区如何推进招生制度改革", (KAIZHOU, "招生")),
    ("汉中市累计投入创建资金多少", (HANZHONG, "72.49")),
    ("汉中市组建了多少个教育集团", (HANZHONG, "171")),
    ("汉中市骨干教师占比", (HANZHONG, "38%")),
    ("略阳县在校学生有多少人", (HANZHONG, "11172")),
    ("略阳县公办幼儿园占比", (HANZHONG, "96%")),
    ("略阳县随班就读残疾学生公用经费标准", (HANZHONG, "6000")),
    ("略阳县如何推进教师县管校聘", (HANZHONG, "县管校聘")),
    ("汉中市如何加强督导考核？", (HANZHONG, "督导")),
    # outside the corpus: must abstain
    ("江北区2025年的巩固率目标？", None),
    ("北京市义务教育巩固率是多少", None),
    ("渝北区在园幼儿数目标", None),
    ("巴南区2030年在园幼儿数目标是多少？", None),
    ("巴南区的生师比目标是多少？", None),
    ("荣昌区的大学毛入学率是多少", None),
    ("两江新区高校毕业生就业率是多少", None),
    ("开州区的人均GDP是多少", None),
    ("略阳县的房价是多少", None),
    ("汉中市的外语教师人数是多少", None),
    ("成都市如何推进集团化办学", None),
]


def _hit(response: dict, expect: tuple[str, str] | None) -> bool:
    from ingest.normalize import normalize

    if expect is None:
        return response["abstained"]
    doc_id, quote = expect
    return not response["abstained"] and any(
        c["doc_id"] == doc_id and normalize(quote, drop_space=True) in normalize(c["text"], drop_space=True)
        for c in response["citations"])


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):7.1f} ms   p95 {p95:7.1f} ms   (n={len(ordered)})"


def quality(service_factory) -> None:
    answerable = [(q, e) for q, e in PROBES if e]
    unanswerable = [(q, e) for q, e in PROBES if e is None]
    for fusion in ("rrf", "score", "bm25", "dense"):
        service = service_factory(fusion)
        results = [(q, e, service.ask(q).model_dump()) for q, e in PROBES]
        correct = sum(_hit(r, e) for q, e, r in results if e)
        false_abstain = sum(r["abstained"] for q, e, r in results if e)
        abstained = sum(r["abstained"] for q, e, r in results if e is None)
        print(f"{fusion:6s} correct citation {correct}/{len(answerable)}  false abstentions {false_abstain}/"
              f"{len(answerable)}  abstained on unanswerable {abstained}/{len(unanswerable)}")
        if fusion == "rrf":
            for q, e, r in results:
                if not _hit(r, e):
                    print(f"   MISS {q}  → {r['answer'][:90]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", help="benchmark a running server instead of an in-process TestClient")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the probe questions")
    parser.add_argument("--quality", action="store_true", help="probe accuracy per fusion method")
    args = parser.parse_args()

    from ingest.index import Index
    from server.deps import get_index
    from server.service import Service

    index = get_index()
    if args.quality:
        quality(lambda fusion: Service(index, fusion=fusion, generator=None))
        return 0
    questions = [q for q, _ in PROBES]
    import httpx

    if args.url:
        client = httpx.Client(base_url=args.url, timeout=30)
    else:
        import os

        from fastapi.testclient import TestClient

        os.environ["POLICYQA_RATE_LIMIT"] = "off"  # one client asking hundreds of questions is the point here
        from server.app import create_app

        client = TestClient(create_app())
    client.post("/api/ask", json={"question": "学前教育毛入园率"})  # warm-up (model load), not a probe
    # the first pass meets every question new; later ones find its vector, searches and analysis cached
    first, repeated = [], []
    for round_ in range(args.rounds):
        for q in questions:
            t = time.perf_counter()
            response = client.post("/api/ask", json={"question": q})
            (first if round_ == 0 else repeated).append((time.perf_counter() - t) * 1000)
            response.raise_for_status()

    fresh = Index.open(index.data_dir)  # no cached searches (query vectors stay cached)
    service = Service(fresh, generator=None)
    retrieval: list[float] = []
    for q in questions:
        query = service.analyse(q)
        t = time.perf_counter()
        service.search(query, service.scope(query, None))
        retrieval.append((time.perf_counter() - t) * 1000)
    print(f"/api/ask, first time   {_percentiles(first)}")
    if repeated:
        print(f"/api/ask, repeated     {_percentiles(repeated)}")
    print(f"retrieval, vector cached {_percentiles(retrieval)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
