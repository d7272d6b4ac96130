"""Reading and writing plan files (``.gbplan``: UTF-8 JSON with a schema version).

Saves are atomic (temp file, fsync, rename), so a crash or a full disk never
leaves a half-written plan behind.  Files below the plan's folder are written relative to
it and read back against the folder the plan is read from (``core.plan_paths``); items whose
file is not there are marked missing and keep their measurements.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from gptbots_planner import paths
from gptbots_planner.atomic import atomic_write_text
from gptbots_planner.core import plan_paths, safe_json
from gptbots_planner.core.plan import PLAN_EXTENSION, Plan, PlanError

log = logging.getLogger(__name__)

MAX_PLAN_BYTES = 200 * 1024 * 1024
# A Python str holds a surrogate only when it is lone (a pair is one code point): no character.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# ... except U+DC80-U+DCFF in file paths and names: the bytes of a name that is not UTF-8
# (``os.fsdecode``), kept losslessly (``atomic_write_text`` writes them as JSON escapes).
_NOT_A_BYTE_ESCAPE = re.compile("[\ud800-\udc7f\udd00-\udfff]")


def read_plan(path: Path) -> Plan:
    """Read a plan file; raises PlanError with a message naming the file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise PlanError.of("no_plan_file", where=path) from None
    except OSError as exc:
        raise PlanError.of("plan_unreadable", where=path, reason=exc.strerror) from None
    if path.is_dir():
        raise PlanError.of("plan_is_folder", where=path)
    if size > MAX_PLAN_BYTES:
        raise PlanError.of("plan_too_large", where=path, size=size)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise PlanError.of("plan_not_utf8", where=path) from None
    except OSError as exc:
        raise PlanError.of("plan_unreadable", where=path, reason=exc.strerror) from None
    try:
        data = safe_json.loads(text, path)  # too deep or a lone surrogate: a coded error
    except json.JSONDecodeError as exc:
        raise PlanError.of("plan_bad_json", where=path, line=exc.lineno, reason=exc.msg) from None
    except safe_json.JsonFileError as exc:
        raise PlanError.from_error(exc) from None
    try:
        plan = Plan.from_dict(data, str(path))
    except PlanError:
        raise
    except (TypeError, AttributeError, ValueError, ArithmeticError) as exc:
        # A shape the plan's checks did not foresee: still a bad file, never a traceback.
        raise PlanError.wrap("plan_invalid", exc, where=path) from None
    folder = path.parent
    for item in plan.items:
        m = item.measurement
        m.path = plan_paths.resolved_path(m.path, folder)  # a fresh item: nobody else holds it
    plan_paths.mark_missing(plan)
    return plan


def plan_to_text(plan: Plan, folder: Path | None = None) -> str:
    """The plan as JSON, with the paths of files below ``folder`` (the folder the plan is
    written to; None: every path absolute, as autosaves keep them) relative to it.

    A lone surrogate in its name or description (a paste from a broken
    source) becomes U+FFFD, as does any elsewhere that is not a file name's byte escape.

    File paths and names keep their byte escapes (U+DC80-U+DCFF): ``write_plan`` writes them
    as JSON escapes, and reading gives back the same bytes.
    """
    data = plan.to_dict()
    if folder is not None:
        for row in data["items"]:
            row["path"] = plan_paths.stored_path(row["path"], folder)
    for key in ("name", "description"):
        if _LONE_SURROGATE.search(data[key]):
            log.warning("plan %r: lone surrogates in its %s replaced by U+FFFD", plan.name, key)
            data[key] = _LONE_SURROGATE.sub("\ufffd", data[key])
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if _NOT_A_BYTE_ESCAPE.search(text):
        log.warning("plan %r: lone surrogates replaced by U+FFFD", plan.name)
        text = _NOT_A_BYTE_ESCAPE.sub("\ufffd", text)
    return text


def write_plan(plan: Plan, path: Path) -> Path:
    """Write atomically (files below ``path``'s folder relative to it); raises OSError (with
    the OS's reason) when the target is unwritable."""
    atomic_write_text(path, plan_to_text(plan, path.parent))
    return path


def example_plan_paths() -> list[Path]:
    folder = paths.resource_path("examples")
    return sorted(p for p in folder.iterdir() if p.suffix == PLAN_EXTENSION)


def load_example_plan(name: str | None = None) -> Plan:
    """An embedded example plan (the first one, or the one whose file stem is ``name``)."""
    candidates = example_plan_paths()
    if not candidates:
        raise PlanError.of("no_example_plans")
    if name is None:
        return read_plan(candidates[0])
    for p in candidates:
        if p.stem == name:
            return read_plan(p)
    raise PlanError.of("no_example_plan", name=repr(name))
