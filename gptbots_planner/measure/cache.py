"""Measurement cache: a small SQLite file under ``paths.user_cache_dir()``.

A row is valid for one (path, size, mtime_ns, key) where the key holds the
tokenizer set, the extractor version and the forced encoding, so re-scanning
unchanged files is a lookup.  The cache is an optimisation only: a corrupt
database is moved aside and rebuilt, a locked or unwritable one is bypassed;
either way with a log warning and never an exception for the caller.  Only the
scanning (parent) process reads and writes it; worker processes never do.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from gptbots_planner import paths
from gptbots_planner.measure.records import Measurement

log = logging.getLogger(__name__)

CACHE_FILE = "measure-cache.sqlite3"
# 2: rows hold the message codes of errors and warnings (rows of 1 are dropped: measured again).
SCHEMA_VERSION = 2
# How long to wait for another process holding the database before bypassing it.
LOCK_TIMEOUT_S = 1.0
# Row kinds worth remembering: an error such as "permission denied" or "file not found"
# can go away without the file's size or mtime changing.
_IN_BATCH = 500  # paths per "IN (...)" query (SQLite allows 32766 parameters)
CACHEABLE_KINDS = frozenset({"text", "document", "image", "audio", "unsupported"})


def cache_key(tokenizers: Sequence[str], extractor_version: str, encoding: str | None) -> str:
    return f"{','.join(sorted(set(tokenizers)))}|{extractor_version}|{encoding or ''}"


def default_cache_path() -> Path:
    return paths.user_cache_dir() / CACHE_FILE


class MeasureCache:
    """Get/put measurements; every failure degrades to "no cache"."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._conn: sqlite3.Connection | None = None
        self._disabled = False
        self.hits = 0
        self.misses = 0

    # -- connection ---------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection | None:
        if self._disabled:
            return None
        if self._conn is not None:
            return self._conn
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:
            if _is_locked(exc):
                log.warning("measurement cache %s is locked; scanning without it", self.path)
                self._disabled = True
                return None
            log.warning("measurement cache %s is damaged (%s); rebuilding it", self.path, exc)
            self._discard()
            try:
                self._conn = self._open()
            except (sqlite3.Error, OSError) as exc2:
                log.warning("cannot rebuild the measurement cache (%s); scanning without it", exc2)
                self._disabled = True
                return None
        except OSError as exc:
            log.warning(
                "cannot open the measurement cache %s (%s); scanning without it", self.path, exc
            )
            self._disabled = True
            return None
        return self._conn

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=LOCK_TIMEOUT_S, check_same_thread=False)
        try:
            # Reading the schema version touches the file header: a non-database file
            # fails here rather than half-way through a scan.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                conn.execute("DROP TABLE IF EXISTS measurements")
            try:
                conn.execute("PRAGMA journal_mode=WAL")
            except sqlite3.DatabaseError:
                pass  # some filesystems cannot do WAL; plain transactions are fine
            conn.execute(
                """CREATE TABLE IF NOT EXISTS measurements (
                       path TEXT NOT NULL,
                       key TEXT NOT NULL,
                       size INTEGER NOT NULL,
                       mtime_ns INTEGER NOT NULL,
                       data TEXT NOT NULL,
                       stored REAL NOT NULL,
                       PRIMARY KEY (path, key))"""
            )
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.commit()
            # A corrupt page further in shows up on the first real query; check now.
            conn.execute("SELECT count(*) FROM measurements").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def _discard(self) -> None:
        """Move a damaged database aside (kept for a bug report) and forget its journals."""
        self.close()
        for suffix in ("-wal", "-shm", "-journal"):
            try:
                os.unlink(str(self.path) + suffix)
            except OSError:
                pass
        try:
            os.replace(self.path, self.path.with_name(self.path.name + ".corrupt"))
        except OSError:
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def _failed(self, action: str, exc: sqlite3.Error) -> None:
        if _is_locked(exc):
            log.warning("measurement cache is locked (%s); continuing without it", action)
            self._disabled = True
            return
        log.warning("measurement cache failed to %s (%s); rebuilding it", action, exc)
        self._discard()

    # -- public ---------------------------------------------------------------------------

    def get(self, path: str, size: int, mtime_ns: int, key: str) -> Measurement | None:
        conn = self._connect()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT size, mtime_ns, data FROM measurements WHERE path = ? AND key = ?",
                (path, key),
            ).fetchone()
        except sqlite3.Error as exc:
            self._failed("read", exc)
            return None
        if row is None or row[0] != size or row[1] != mtime_ns:
            self.misses += 1
            return None
        try:
            m = Measurement.from_dict(json.loads(row[2]))
        except (ValueError, TypeError) as exc:
            log.warning("unreadable cache entry for %s (%s); measuring again", path, exc)
            self.misses += 1
            return None
        self.hits += 1
        return m

    def get_many(self, entries: Sequence[tuple[str, int, int]], key: str) -> dict[str, Measurement]:
        """Valid cached measurements for (path, size, mtime_ns) entries, by path.

        One query per few hundred paths: a re-scan of thousands of unchanged files is a
        handful of queries, not thousands.
        """
        conn = self._connect()
        if conn is None or not entries:
            return {}
        wanted = {path: (size, mtime_ns) for path, size, mtime_ns in entries}
        paths_list = list(wanted)
        found: dict[str, Measurement] = {}
        try:
            for start in range(0, len(paths_list), _IN_BATCH):
                part = paths_list[start : start + _IN_BATCH]
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    f"SELECT path, size, mtime_ns, data FROM measurements "  # only "?" marks
                    f"WHERE key = ? AND path IN ({marks})",
                    (key, *part),
                ).fetchall()
                for path, size, mtime_ns, data in rows:
                    if wanted.get(path) != (size, mtime_ns):
                        continue
                    try:
                        found[path] = Measurement.from_dict(json.loads(data))
                    except (ValueError, TypeError) as exc:
                        log.warning(
                            "unreadable cache entry for %s (%s); measuring again", path, exc
                        )
        except sqlite3.Error as exc:
            self._failed("read", exc)
            return {}
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put_many(self, measurements: Iterable[Measurement], key: str) -> None:
        rows = [
            (
                m.path,
                key,
                m.size_bytes,
                m.mtime_ns,
                json.dumps(m.to_dict(), ensure_ascii=False),
                time.time(),
            )
            for m in measurements
            if m.path and m.kind in CACHEABLE_KINDS and m.mtime_ns
        ]
        if not rows:
            return
        conn = self._connect()
        if conn is None:
            return
        try:
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO measurements (path, key, size, mtime_ns, data, stored) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    rows,
                )
        except sqlite3.Error as exc:
            self._failed("write", exc)

    def clear(self) -> None:
        conn = self._connect()
        if conn is None:
            return
        try:
            with conn:
                conn.execute("DELETE FROM measurements")
        except sqlite3.Error as exc:
            self._failed("clear", exc)

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def __enter__(self) -> MeasureCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text
