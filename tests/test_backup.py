"""`policyqa export` / `policyqa import` on a real build of corpus/: a round trip restores an index
that answers exactly like the original; a tampered, truncated or malicious archive is refused
with the reason and leaves the target data directory as it was."""
from __future__ import annotations

import io
import json
import shutil
import tarfile
from pathlib import Path

import pytest

import policyqa
from ingest.backup import ROOT, BackupError, export_data, import_data
from ingest.buildstore import BuildLock, BuildLockedError
from ingest.index import Index, builds_dir, read_current
from ingest.pipeline import run_ingest

QUERIES = ["巴南区2025年在园幼儿数目标", "荣昌区交流轮岗教师占比", "两江新区如何推进集团化办学"]


@pytest.fixture(scope="module")
def archive(built_index_dir: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("backup") / "policyqa.tar.gz"
    export_data(built_index_dir, out)
    return out


def searches(index: Index) -> list:
    return [(index.bm25_search(q, 5), [i for i, _ in index.dense_search(q, 5)]) for q in QUERIES]


def snapshot(data_dir: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data_dir)): p.read_bytes() for p in sorted(data_dir.rglob("*"))
            if p.is_file() and p.name != "ingest.lock"}


def test_round_trip_into_an_empty_data_dir(archive, index, tmp_path):
    record = import_data(archive, tmp_path / "restored")
    restored = Index.open(tmp_path / "restored")
    assert record["build_id"] == restored.build_id == index.build_id
    assert restored.documents.keys() == index.documents.keys()
    assert [d.text for d in restored.documents.values()] == [d.text for d in index.documents.values()]
    assert [c.text for c in restored.chunks] == [c.text for c in index.chunks]
    assert restored.figures == index.figures
    assert searches(restored) == searches(index)
    assert sorted(restored.vector_ids()) == sorted(c.chunk_id for c in index.chunks)


def test_archive_lists_every_build_file_with_its_checksum(archive, built_index_dir, index):
    with tarfile.open(archive) as tar:
        record = json.load(tar.extractfile(f"{ROOT}/BACKUP.json"))
        names = {m.name for m in tar.getmembers()}
    build = builds_dir(built_index_dir) / index.build_id
    on_disk = {p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file()}
    assert set(record["files"]) == on_disk
    assert {"docs.jsonl", "chunks.jsonl", "figures.jsonl", "manifest.json", "vectors.npy"} <= on_disk
    assert any(name.startswith("chroma/") for name in on_disk)  # the embedded Chroma of the build
    assert {f"{ROOT}/build/{rel}" for rel in on_disk} <= names
    assert record["manifest"]["counts"]["documents"] == 5


def test_import_replaces_a_newer_index_and_keeps_it(archive, index, data_copy, corpus_copy):
    """The data dir moved on (an ingest removed a document) and the exported build was collected:
    import installs it again, switches CURRENT, and leaves the newer build in place."""
    (corpus_copy / "kaizhou-news-2020.txt").unlink()
    newer = run_ingest([corpus_copy], None, False, data_dir=data_copy).build_id
    shutil.rmtree(builds_dir(data_copy) / index.build_id)
    import_data(archive, data_copy)
    assert read_current(data_copy) == index.build_id
    restored = Index.open(data_copy)
    assert "kaizhou-news-2020" in restored.documents and searches(restored) == searches(index)
    assert (builds_dir(data_copy) / newer / "manifest.json").is_file()


def test_importing_the_same_archive_twice_is_harmless(archive, tmp_path):
    import_data(archive, tmp_path / "d")
    before = snapshot(tmp_path / "d")
    import_data(archive, tmp_path / "d")
    assert snapshot(tmp_path / "d") == before


def rewrite(archive: Path, out: Path, change) -> Path:
    """A copy of `archive` with `change(name, data) -> (name, data) | None` applied to each file."""
    with tarfile.open(archive) as src, tarfile.open(out, "w:gz") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read() if member.isfile() else None
            changed = change(member.name, data)
            if changed is None:
                continue
            info = tarfile.TarInfo(changed[0])
            info.size = len(changed[1])
            dst.addfile(info, io.BytesIO(changed[1]))
    return out


def add_member(archive: Path, out: Path, info: tarfile.TarInfo, data: bytes = b"") -> Path:
    rewrite(archive, out, lambda n, d: (n, d))
    with tarfile.open(out) as tar:
        members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()]
    with tarfile.open(out, "w:gz") as tar:
        for m, d in members:
            tar.addfile(m, io.BytesIO(d) if d is not None else None)
        tar.addfile(info, io.BytesIO(data) if info.isfile() else None)
    return out


def flip_byte(name, data):
    if name.endswith("/chunks.jsonl"):
        data = data.replace("巴南".encode(), "北碚".encode(), 1)
    return name, data


def link(name: str, kind: bytes, target: str) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname = kind, target
    return info


def file_member(name: str, size: int = 4) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    return info


BAD = {
    "tampered": (lambda a, o: rewrite(a, o, flip_byte), "checksum mismatch"),
    "missing file": (lambda a, o: rewrite(a, o, lambda n, d: None if n.endswith("bm25.rows.npy") else (n, d)),
                     "missing"),
    "unlisted file": (lambda a, o: add_member(a, o, file_member(f"{ROOT}/build/extra.txt"), b"evil"), "unlisted"),
    "path traversal": (lambda a, o: add_member(a, o, file_member(f"{ROOT}/../../evil.txt"), b"evil"), "inside"),
    "absolute path": (lambda a, o: add_member(a, o, file_member("/tmp/policyqa-evil.txt"), b"evil"), "inside"),
    "outside the root": (lambda a, o: add_member(a, o, file_member("evil.txt"), b"evil"), "inside"),
    "symlink": (lambda a, o: add_member(a, o, link(f"{ROOT}/build/passwd", tarfile.SYMTYPE, "/etc/passwd")), "link"),
    "hard link": (lambda a, o: add_member(a, o, link(f"{ROOT}/build/passwd", tarfile.LNKTYPE, "/etc/passwd")),
                  "link"),
    "device": (lambda a, o: add_member(a, o, link(f"{ROOT}/build/null", tarfile.CHRTYPE, "")), "special file"),
    "no index file": (lambda a, o: rewrite(a, o, lambda n, d: None if n.endswith("BACKUP.json") else (n, d)),
                      "not a policyqa backup"),
    "truncated": (lambda a, o: o.write_bytes(a.read_bytes()[: len(a.read_bytes()) // 2]) and o, "damaged"),
    "not gzip": (lambda a, o: o.write_bytes(b"PK\x03\x04 not a tar at all") and o, "not a readable"),
    "lying index": (lambda a, o: rewrite(a, o, lambda n, d: (n, d.replace(b'"format": 1', b'"format": 9'))
                                         if n.endswith("BACKUP.json") else (n, d)), "unsupported format"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_archives_are_refused_and_change_nothing(case, archive, data_copy, tmp_path):
    make, reason = BAD[case]
    bad = make(archive, tmp_path / "bad.tar.gz")
    before = snapshot(data_copy)
    with pytest.raises(BackupError, match=reason):
        import_data(bad, data_copy)
    assert snapshot(data_copy) == before
    assert not list(builds_dir(data_copy).glob("import-*"))
    assert not (tmp_path.parent / "evil.txt").exists() and not Path("/tmp/policyqa-evil.txt").exists()


def test_import_refuses_while_an_ingest_runs(archive, tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    with BuildLock(data):
        with pytest.raises(BuildLockedError, match="another ingest is running"):
            import_data(archive, data)
    assert read_current(data) is None


def test_export_without_an_index_is_a_clear_error(tmp_path):
    with pytest.raises(BackupError, match="no index"):
        export_data(tmp_path, tmp_path / "out.tar.gz")
    assert not (tmp_path / "out.tar.gz").exists()


def test_command_line_round_trip(data_copy, tmp_path, monkeypatch, capsys):
    out = tmp_path / "cli.tar.gz"
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(data_copy))
    assert policyqa.main(["export", str(out)]) == 0
    assert "5 documents" in capsys.readouterr().out
    monkeypatch.setenv("POLICYQA_DATA_DIR", str(tmp_path / "fresh"))
    assert policyqa.main(["import", str(out)]) == 0
    assert Index.open(tmp_path / "fresh").build_id == read_current(data_copy)
    (tmp_path / "junk.tar.gz").write_bytes(b"junk")
    assert policyqa.main(["import", str(tmp_path / "junk.tar.gz")]) == 2
    assert "not a readable" in capsys.readouterr().err
