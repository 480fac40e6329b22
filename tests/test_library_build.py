"""The document library inside the build (ingest/library.py, ingest.pipeline.update_build) on a real
build of corpus/: an uploaded file joins the index and stays through `policyqa ingest` of the corpus,
a rebuild needs no re-upload, metadata overrides survive re-ingest, and export/import carries both."""
from __future__ import annotations

import hashlib
from pathlib import Path

from ingest.backup import export_data, import_data
from ingest.buildstore import BuildLock
from ingest.config import DEFAULT_CORPUS
from ingest.index import Index
from ingest.library import Library
from ingest.pipeline import run_ingest, update_build

NOTICE = ("丰都县教育委员会关于2026年学校建设的通知\n"
          "一、建设目标\n"
          "2026年，丰都县新建义务教育学校3所，新增学位2700个。\n")


def upload(data: Path, tmp_path: Path, name: str, text: str) -> str:
    """What the job worker does for an upload: store in the library, bring the build up to date."""
    source = tmp_path / "incoming"
    source.write_text(text, encoding="utf-8")
    sha = hashlib.sha256(source.read_bytes()).hexdigest()
    with BuildLock(data):
        library = Library(data)
        state = library.load()
        library.store(state, source, name, "fengdu-notice", sha)
        library.save(state)
        summary = update_build(data)
    assert summary.added == ["fengdu-notice"] and not summary.failed, str(summary)
    return "fengdu-notice"


def test_an_uploaded_document_stays_through_cli_ingest_and_rebuild(data_copy, tmp_path):
    doc_id = upload(data_copy, tmp_path, "丰都通知.txt", NOTICE)
    index = Index.open(data_copy)
    assert doc_id in index.documents and len(index.documents) == 6
    assert index.manifest["documents"][doc_id]["source"].startswith(str(data_copy / "library" / "files"))

    again = run_ingest([DEFAULT_CORPUS], None, False, data_dir=data_copy)  # the corpus alone, as `make run` does
    assert doc_id not in again.removed and not again.failed
    assert doc_id in Index.open(data_copy).documents and again.switched is False  # nothing changed at all

    rebuilt = run_ingest([DEFAULT_CORPUS], None, True, data_dir=data_copy)  # --rebuild: no re-upload needed
    assert doc_id in rebuilt.reprocessed and doc_id in Index.open(data_copy).documents


def test_metadata_overrides_apply_and_survive_reingest(data_copy, tmp_path):
    doc_id = upload(data_copy, tmp_path, "丰都通知.txt", NOTICE)
    added = Index.open(data_copy).manifest["documents"][doc_id]["added"]
    with BuildLock(data_copy):
        library = Library(data_copy)
        state = library.load()
        state.overrides[doc_id] = {"number": "丰教发〔2026〕3号", "date": "2026-02-01"}
        state.overrides["banan-education-plan-2021"] = {"issuer": "巴南区教委（手工修改）"}  # a corpus document
        library.save(state)
        summary = update_build(data_copy)
    assert set(summary.updated) == {doc_id, "banan-education-plan-2021"}
    assert summary.embedded == 0  # same text: vectors reused

    run_ingest([DEFAULT_CORPUS], None, False, data_dir=data_copy)
    index = Index.open(data_copy)
    assert index.documents[doc_id].meta.number == "丰教发〔2026〕3号"
    assert index.documents[doc_id].meta.date == "2026-02-01"
    assert index.documents["banan-education-plan-2021"].meta.issuer == "巴南区教委（手工修改）"
    assert index.manifest["documents"][doc_id]["added"] == added  # first-added time kept across versions


def test_update_build_drops_a_document_and_keeps_corpus_documents_whose_folder_moved(data_copy, tmp_path,
                                                                                         corpus_copy):
    run_ingest([corpus_copy], None, False, data_dir=data_copy)  # sources now point into corpus_copy
    (corpus_copy / "kaizhou-news-2020.txt").unlink()  # moved away on disk
    with BuildLock(data_copy):
        summary = update_build(data_copy, drop={"liangjiang-briefing-2020"})
    assert summary.removed == ["liangjiang-briefing-2020"]
    assert "kaizhou-news-2020" in Index.open(data_copy).documents  # kept as indexed


def test_export_and_import_carry_the_library(data_copy, tmp_path):
    doc_id = upload(data_copy, tmp_path, "丰都通知.txt", NOTICE)
    archive = tmp_path / "backup.tar.gz"
    record = export_data(data_copy, archive)
    assert "files/fengdu-notice.txt" in record["library"] and "library.json" in record["library"]

    target = tmp_path / "restored"
    import_data(archive, target)
    state = Library(target).load()
    assert state.documents[doc_id].name == "丰都通知.txt"
    assert Library(target).paths() == [target / "library" / "files" / "fengdu-notice.txt"]
    summary = run_ingest([DEFAULT_CORPUS], "e5-small", False, data_dir=target)  # another embedder, no re-upload
    assert doc_id in Index.open(target).documents and not summary.failed
