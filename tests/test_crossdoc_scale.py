"""A question across documents reads only the documents a wide search finds, never the whole library."""
from ingest.models import Chunk
from server.answer.base import Ask
from server.answer.crossdoc import MAX_DOCUMENTS, PerDocument
from server.answer.draft import CitationBook
from server.answer.evidence import Reader
from server.query import analyse
from server.regions import RegionCatalog
from server.retrieve import Hit


def test_a_which_question_searches_only_the_documents_the_wide_search_found():
    # 200 documents in the library; the wide search finds passages of 60 of them
    chunks = [Chunk(f"d{i:03d}#c1", f"d{i:03d}", "推进集团化办学", "推进集团化办学", 0, 7, "") for i in range(200)]
    found = [Hit(i, chunks[i], 1.0 / (i + 1)) for i in range(0, 120, 2)]
    calls: list[list[str] | None] = []

    def search(query, doc_ids, k=20):
        calls.append(doc_ids)
        return found if doc_ids is None else []  # nothing when asked one document: no answer needed here

    query = analyse("哪些文件提到了集团化办学？", RegionCatalog({}))
    assert "which" in query.intents
    ask = Ask(query, found[:20], Reader({}, chunks), search, None, CitationBook({}))
    draft = PerDocument(()).try_answer(ask)

    assert draft is not None and draft.abstained  # no document answered
    assert calls[0] is None  # one wide search, then one search per candidate document
    per_document = [c[0] for c in calls[1:] if c]
    best = [h.chunk.doc_id for h in found][:MAX_DOCUMENTS]  # the best-ranked, each once
    assert sorted(per_document) == sorted(best) and len(per_document) == MAX_DOCUMENTS < 200
    assert "d001" not in per_document  # a document the wide search did not find is never read


def test_a_scoped_question_searches_every_document_in_its_scope():
    chunks = [Chunk(f"d{i}#c1", f"d{i}", "推进集团化办学", "推进集团化办学", 0, 7, "") for i in range(3)]
    calls: list[list[str] | None] = []

    def search(query, doc_ids, k=20):
        calls.append(doc_ids)
        return []

    query = analyse("哪些文件提到了集团化办学？", RegionCatalog({}))
    ask = Ask(query, [], Reader({}, chunks), search, ["d0", "d2"], CitationBook({}))
    PerDocument(()).try_answer(ask)
    assert calls == [["d0"], ["d2"]]


def test_a_library_larger_than_the_cap_answers_with_the_documents_checked_and_says_so(tmp_path):
    """Real ingest of 50 briefings that all state it: the answer lists at most MAX_DOCUMENTS, each
    cited, and its head says the list covers only the documents checked."""
    from pathlib import Path

    from ingest.index import Index
    from ingest.pipeline import run_ingest
    from server.service import Service

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 51):
        (corpus / f"brief-{n:02d}.txt").write_text(
            f"教育工作简报（第{n}期）\n一、集团化办学\n本期推进集团化办学，新组建教育集团{n}个，覆盖学校{n * 3}所。\n",
            encoding="utf-8")
    summary = run_ingest([corpus], None, False, data_dir=tmp_path / "data")
    assert not summary.failed, str(summary)
    service = Service(Index.open(Path(tmp_path / "data")), generator=None)

    response = service.ask("哪些文件提到了集团化办学？")
    assert not response.abstained
    assert "只核对了检索到的最相关的" in response.answer
    docs = {c.doc_id for c in response.citations}
    assert 1 < len(docs) <= MAX_DOCUMENTS
    assert all("集团化办学" in c.text for c in response.citations)
