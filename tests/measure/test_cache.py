"""The measurement cache: hits on unchanged files, misses on changes, survives damage."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest

from gptbots_planner.measure import cache as cachemod
from gptbots_planner.measure import dispatch
from gptbots_planner.measure.cache import MeasureCache, default_cache_path
from gptbots_planner.measure.scan import scan_paths
from gptbots_planner.paths import user_cache_dir


def _files(root: Path) -> None:
    (root / "a.txt").write_text("first file\n", encoding="utf-8")
    (root / "b.txt").write_text("second file, 中文\n", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"not a pdf")


def _no_measuring(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("measure_file called for a cached file")

    monkeypatch.setattr(dispatch, "measure_file", fail)


def test_cache_lives_in_the_user_cache_dir() -> None:
    assert default_cache_path().parent == user_cache_dir()
    assert "planner-home" in str(default_cache_path())  # the test home, not the real profile


def test_rescan_comes_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("first file\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("second file, 中文\n", encoding="utf-8")
    first = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert first.cache_hits == 0
    assert default_cache_path().exists()
    _no_measuring(monkeypatch)
    second = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert second.cache_hits == 2
    assert [m.to_dict() for m in second.measurements] == [m.to_dict() for m in first.measurements]
    assert second.totals == first.totals


def test_changed_file_is_measured_again(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("short\n", encoding="utf-8")
    first = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    f.write_text("now a much longer text than before\n", encoding="utf-8")
    os.utime(f, ns=(first.measurements[0].mtime_ns + 10**9,) * 2)
    second = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert second.cache_hits == 0
    assert second.totals.tokens["o200k_base"] > first.totals.tokens["o200k_base"]


def test_other_tokenizers_or_encoding_miss(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert scan_paths([tmp_path], ["o200k_base", "cl100k_base"], jobs=1).cache_hits == 0
    assert scan_paths([tmp_path], ["o200k_base"], jobs=1, encoding="latin-1").cache_hits == 0
    assert scan_paths([tmp_path], ["o200k_base"], jobs=1).cache_hits == 1


def test_error_rows_are_not_cached(tmp_path: Path) -> None:
    _files(tmp_path)
    scan_paths([tmp_path], ["o200k_base"], jobs=1)
    again = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert again.cache_hits == 2  # a.txt, b.txt; broken.pdf is measured again
    assert again.totals.errors == 1


def test_no_cache_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    scan_paths([tmp_path], ["o200k_base"], jobs=1, use_cache=False)
    assert not default_cache_path().exists()


def test_corrupt_database_is_rebuilt(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    db = default_cache_path()
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"this is not an SQLite database" * 100)
    with caplog.at_level(logging.WARNING, logger="gptbots_planner.measure.cache"):
        first = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert first.totals.errors == 0
    assert any("damaged" in r.getMessage() for r in caplog.records)
    with sqlite3.connect(db) as conn:  # a real database again
        assert conn.execute("SELECT count(*) FROM measurements").fetchone()[0] == 1
    assert scan_paths([tmp_path], ["o200k_base"], jobs=1).cache_hits == 1


def test_damaged_row_is_measured_again(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    scan_paths([tmp_path], ["o200k_base"], jobs=1)
    with sqlite3.connect(default_cache_path()) as conn:
        conn.execute("UPDATE measurements SET data = '{not json'")
    result = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    assert result.cache_hits == 0
    assert result.totals.tokens["o200k_base"] > 0


def test_locked_database_is_bypassed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    scan_paths([tmp_path], ["o200k_base"], jobs=1)
    monkeypatch.setattr(cachemod, "LOCK_TIMEOUT_S", 0.05)
    holder = sqlite3.connect(default_cache_path(), isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # so an exclusive lock blocks readers too
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING, logger="gptbots_planner.measure.cache"):
            result = scan_paths([tmp_path], ["o200k_base"], jobs=1)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.totals.tokens["o200k_base"] > 0
    assert result.totals.errors == 0
    assert any("locked" in r.getMessage() for r in caplog.records)


def test_unwritable_cache_folder_is_bypassed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "a.txt").write_text("text\n", encoding="utf-8")
    store = MeasureCache(blocker / "cache.sqlite3")  # parent is a file: cannot be created
    result = scan_paths([tmp_path / "a.txt"], ["o200k_base"], jobs=1, cache=store)
    assert result.totals.tokens["o200k_base"] > 0
    assert store.get(str(tmp_path / "a.txt"), 5, 1, "k") is None


def test_cache_api_round_trip(tmp_path: Path) -> None:
    store = MeasureCache(tmp_path / "c.sqlite3")
    m = dispatch.measure_text("hello", "pasted", ["o200k_base"])
    m.path, m.size_bytes, m.mtime_ns = "/x/a.txt", 5, 123
    store.put_many([m], "key")
    assert store.get("/x/a.txt", 5, 123, "key") == m
    assert store.get("/x/a.txt", 5, 124, "key") is None
    assert store.get("/x/a.txt", 5, 123, "other") is None
    store.clear()
    assert store.get("/x/a.txt", 5, 123, "key") is None
    store.close()
