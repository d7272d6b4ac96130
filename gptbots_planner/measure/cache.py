"""Measurement cache: a small SQLite file under ``paths.user_cache_dir()``.

A row is valid for one (path, size, mtime_ns, key) where the key holds the
tokenizer set, the extractor version and the forced encoding, so re-scanning
unchanged files is a lookup.  The cache is an optimisation only: a corrupt
database (SQLite says "corrupt" or "not a database") is moved aside and rebuilt;
a locked, read-only, unreachable one or one on a full disk is left alone and
bypassed for the run; either way with a log warning (``MeasureCache.problem``, a
message code) and never an exception for the caller.  Every stored row is checked
(``Measurement.from_stored``): a bad one is ignored and its file measured again.  Only the
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
from gptbots_planner.vocab.messages import Message, message

log = logging.getLogger(__name__)

CACHE_FILE = "measure-cache.sqlite3"
# 2: rows hold the message codes of errors and warnings (rows of 1 are dropped: measured again).
# 3: rows hold the codes of the detail's parts too ("PDF" + "2 pages"; rows of 2 are dropped).
SCHEMA_VERSION = 3
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
        # Why the cache is not in use for this run (a message code), or None.
        self.problem: Message | None = None
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
            if not is_corrupt(exc):
                self._disable(exc)
                return None
            self._discard(exc)
            try:
                self._conn = self._open()
            except (sqlite3.Error, OSError) as exc2:
                self._disable(exc2)
                return None
        except OSError as exc:
            self._disable(exc)
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
            except sqlite3.DatabaseError as exc:
                if is_corrupt(exc):
                    raise
                # some filesystems cannot do WAL (and a read-only folder fails later)
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

    def _disable(self, exc: BaseException) -> None:
        """Scan without the cache for this run (locked, read-only, full disk, no
        permission...): the file is left exactly as it is."""
        self.close()
        self._disabled = True
        self.problem = message("cache_unavailable", path=self.path, detail=exc)
        log.warning("%s", self.problem.english())

    def _discard(self, exc: BaseException) -> None:
        """Move a damaged database aside (kept for a bug report) and forget its journals."""
        self.close()
        aside = self.path.with_name(self.path.name + ".corrupt")
        self.problem = message("cache_damaged", path=self.path, aside=aside, detail=exc)
        log.warning("%s", self.problem.english())
        for suffix in ("-wal", "-shm", "-journal"):
            try:
                os.unlink(str(self.path) + suffix)
            except OSError:
                pass
        try:
            os.replace(self.path, aside)
        except OSError:
            try:
                os.unlink(self.path)
            except OSError:
                pass

    def _failed(self, action: str, exc: sqlite3.Error) -> None:
        log.info("measurement cache failed to %s (%s)", action, exc)
        if is_corrupt(exc):
            self._discard(exc)
        else:
            self._disable(exc)

    # -- public ---------------------------------------------------------------------------

    def get(self, path: str, size: int, mtime_ns: int, key: str) -> Measurement | None:
        conn = self._connect()
        if conn is None:
            return None
        try:
            row = conn.execute(
                "SELECT size, mtime_ns, data FROM measurements WHERE path = ? AND key = ?",
                (db_path(path), key),
            ).fetchone()
        except sqlite3.Error as exc:
            self._failed("read", exc)
            return None
        if row is None or row[0] != size or row[1] != mtime_ns:
            self.misses += 1
            return None
        try:
            m = Measurement.from_stored(json.loads(row[2]))
        except (ValueError, TypeError, AttributeError) as exc:
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
        wanted = {db_path(path): (path, size, mtime_ns) for path, size, mtime_ns in entries}
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
                for stored_path, size, mtime_ns, data in rows:
                    path, want_size, want_mtime = wanted.get(stored_path, ("", -1, -1))
                    if (want_size, want_mtime) != (size, mtime_ns):
                        continue
                    try:
                        m = Measurement.from_stored(json.loads(data))
                    except (ValueError, TypeError, AttributeError) as exc:
                        log.warning(
                            "unreadable cache entry for %r (%s); measuring again", path, exc
                        )
                        continue
                    if m.path != path:
                        continue  # a row that does not describe the file it is stored for
                    found[path] = m
        except sqlite3.Error as exc:
            self._failed("read", exc)
            return {}
        self.hits += len(found)
        self.misses += len(wanted) - len(found)
        return found

    def put_many(self, measurements: Iterable[Measurement], key: str) -> None:
        rows = [
            (db_path(m.path), key, m.size_bytes, m.mtime_ns, row_json(m), time.time())
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


# SQLite's primary result codes that mean the file itself is damaged (not merely locked,
# read-only, on a full disk or out of reach): only then is it moved aside.
_CORRUPT_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_corrupt(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _CORRUPT_CODES  # extended codes keep the primary in the low byte
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def db_path(path: str) -> str | bytes:
    """The key a path is stored under: the text itself, or (a file name that is not valid
    UTF-8, held as surrogate escapes) its bytes, stored as a BLOB, which never equals a text
    key, so no two paths share a row."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape")
    return path


def row_json(m: Measurement) -> str:
    """The stored JSON of a row; lone surrogates (names that are not UTF-8) as \\udcXX
    escapes, which ``json.loads`` reads back as the same characters."""
    text = json.dumps(m.to_dict(), ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(m.to_dict())
    return text
