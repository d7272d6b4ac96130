"""Two tokenizers over many small files: in worker processes (batches) the same per-file
counts as one process, for both tokenizers, and progress only goes up."""

from __future__ import annotations

from pathlib import Path

from gptbots_planner.measure.scan import ScanProgress, scan_paths
from gptbots_planner.measure.tokens import count_tokens

TOKENIZERS = ("o200k_base", "cl100k_base")


def test_batched_workers_match_one_process_for_both_tokenizers(tmp_path: Path) -> None:
    texts = {f"n{i:03d}.md": f"# Note {i}\n\n字 {i} — words, {i * 7} of them.\n" for i in range(80)}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    seen: list[ScanProgress] = []
    pooled = scan_paths(
        [tmp_path], TOKENIZERS, jobs=2, use_cache=False, share_work=False, progress=seen.append
    )
    single = scan_paths([tmp_path], TOKENIZERS, jobs=1, use_cache=False)
    assert [m.tokens for m in pooled.measurements] == [m.tokens for m in single.measurements]
    for m in pooled.measurements:
        text = texts[m.name]
        assert m.tokens == {n: count_tokens(text, n) for n in TOKENIZERS}
    assert pooled.totals.tokens == single.totals.tokens
    done = [p.files_done for p in seen]
    assert done == sorted(done) and done[-1] == len(texts)
