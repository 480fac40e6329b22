"""The figures routes over HTTP (fastapi.testclient), on figures extracted from the real corpus.

The lookup needs an index; until the pipeline's session fixture exists, a stand-in exposing only
`.figures` (the stored form: `to_json()` dicts of real extractions) replaces `get_index`.
"""
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from server.deps import get_index
from server.routes_figures import router
from tests.test_figures_extract import BANAN, HANZHONG, RONGCHANG, figures_of, one

FIXTURES = Path(__file__).resolve().parent.parent / "figures" / "fixtures"


class FiguresOnly:
    def __init__(self, figures):
        self.figures = figures


@pytest.fixture(scope="module")
def client():
    app = FastAPI()
    app.include_router(router)
    stored = [r.to_json() for doc in (BANAN, RONGCHANG, HANZHONG) for r in figures_of(doc)]
    app.dependency_overrides[get_index] = lambda: FiguresOnly(stored)
    return TestClient(app)


def test_lookup_by_indicator_phrase_region_and_year(client):
    got = client.get("/api/figures", params={"indicator": "公辦率", "region": "巴南", "year": 2025}).json()
    assert got["count"] == 1
    f = got["figures"][0]
    assert (f["value"], f["qualifier"], f["attribute"]) == (55, ">", "预期性")
    assert f["indicator"] == "public_kindergarten_share"
    assert f["source"]["table_id"] == f"{BANAN}#t2" and f["source"]["column"] == "2025"
    assert f["compliance"]["verdict"] == "pass"


def test_lookup_across_documents_compares_one_indicator(client):
    got = client.get("/api/figures", params={"indicator": "public_kindergarten_share"}).json()
    assert {f["region"] for f in got["figures"]} == {"巴南区", "汉中市", "略阳县"}
    assert client.get("/api/figures", params={"indicator": "no such thing"}).status_code == 404
    assert client.get("/api/figures", params={"year": "x"}).status_code == 422


def test_lookup_shows_compliance_with_rule_and_source(client):
    got = client.get("/api/figures", params={"indicator": "rotation_ratio", "doc_id": RONGCHANG}).json()
    pct = next(f for f in got["figures"] if f["unit"] == "%")
    assert pct["value"] == 44.75 and pct["compliance"]["threshold"] == 10
    assert "教督〔2017〕6号" in pct["compliance"]["source"]


def test_compute_expression_over_figure_ids(client):
    new = one(BANAN, indicator="students_enrolled", stage="初中", year=2025, period="十四五").figure_id
    old = one(BANAN, indicator="students_enrolled", stage="初中", year=2020, period="十四五").figure_id
    got = client.post("/api/compute", json={"expression": f"{new} − {old}", "label": "普通初中在校生增加"})
    assert got.status_code == 200
    body = got.json()
    assert body["value"] == 10000 and body["unit"] == "人" and body["formula"].startswith("(3.80万人 − 2.80万人)")
    assert [i["source"]["column"] for i in body["inputs"]] == ["2025", "2020"]
    assert client.post("/api/compute", json={"expression": "nosuch#f1 + 1"}).status_code == 404
    bad = client.post("/api/compute", json={"expression": "__import__('os')"})
    assert bad.status_code == 400 and "allowed" in bad.json()["detail"]
    assert client.post("/api/compute", json={"expression": ""}).status_code == 422


def test_compliance_upload_json_and_csv(client):
    data = (FIXTURES / "schools_example.csv").read_bytes()
    got = client.post("/api/compliance/schools", files={"file": ("schools.csv", data, "text/csv")})
    assert got.status_code == 200
    body = got.json()
    assert [s["stage"] for s in body["stages"]] == ["小学", "初中"] and body["failing_schools"] == ["石桥小学"]
    as_csv = client.post("/api/compliance/schools?format=csv", files={"file": ("schools.csv", data, "text/csv")})
    assert as_csv.status_code == 200 and as_csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in as_csv.headers["content-disposition"]
    assert "综合差异系数" in as_csv.content.decode("utf-8-sig")


def test_compliance_upload_bad_csv_names_row_and_column(client):
    bad = b"name,stage,students\n\xe7\x94\xb2,\xe5\xb0\x8f\xe5\xad\xa6,10\n"
    got = client.post("/api/compliance/schools", files={"file": ("bad.csv", bad, "text/csv")})
    assert got.status_code == 422
    detail = got.json()["detail"]
    assert detail["row"] == 1 and detail["column"] == "teachers_qualified" and "missing" in detail["message"]


@pytest.fixture(scope="module")
def indexed_client(index):
    """The same routes over the session's real index of corpus/ (documents with their tables)."""
    app = FastAPI()
    app.include_router(router)
    app.dependency_overrides[get_index] = lambda: index
    return TestClient(app)


def test_plan_tables_pair_baseline_and_target_cells_with_the_change(indexed_client, index):
    got = indexed_client.get("/api/figures/plan-tables").json()
    # only the two indicator tables of the Banan plan: not its project list, not Rongchang's CV table
    assert [t["table_id"] for t in got["tables"]] == [f"{BANAN}#t1", f"{BANAN}#t2"]
    review, plan = got["tables"]
    assert (plan["baseline_year"], plan["target_year"], plan["planned"]) == (2020, 2025, True)
    assert (review["baseline_year"], review["target_year"], review["planned"]) == (2016, 2020, False)
    assert len(plan["rows"]) == 11 and len(review["rows"]) == 10
    junior = next(r for r in plan["rows"] if r["label"].endswith("普通初中"))
    assert (junior["baseline"]["text"], junior["target"]["text"], junior["attribute"]) == ("2.80", "3.80", "预期性")
    assert junior["change"]["formula"] == "3.80 − 2.80 = 1.00 万人（+35.7%）"
    assert [i["source"]["column"] for i in junior["change"]["inputs"]] == ["2020", "2025"]
    text = index.documents[BANAN].text
    for row in plan["rows"] + review["rows"]:  # every number shown points at its cell in the document
        for figure in (row["baseline"], row["target"]):
            assert text[figure["source"]["start"]:figure["source"]["end"]] == figure["text"]
        assert row["label"].split()[-1] in text[row["start"]:row["end"]]
    bound = next(r for r in plan["rows"] if r["indicator"] == "compulsory_retention")
    assert (bound["target"]["qualifier"], bound["attribute"]) == (">", "约束性")
    stated = next(r for r in review["rows"] if r["label"].endswith("普通初中"))["stated_change"]
    assert stated["text"] == "0.72" and "變化" in stated["source"]["column"]


def test_plan_tables_filter_by_region_and_document(indexed_client):
    assert indexed_client.get("/api/figures/plan-tables", params={"region": "巴南區"}).json()["count"] == 2
    assert indexed_client.get("/api/figures/plan-tables", params={"region": "荣昌"}).json()["count"] == 0
    assert indexed_client.get("/api/figures/plan-tables", params={"doc_id": RONGCHANG}).json()["count"] == 0
    assert indexed_client.get("/api/figures/plan-tables", params={"region": "x" * 51}).status_code == 422
