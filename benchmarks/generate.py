"""Deterministic synthetic vaults, written through the app's own storage layer.

``ensure_vault(n)`` returns a cached vault of ``n`` entries under ``benchmarks/out/``,
generating it first if needed. The cache key is ``n``, :data:`GENERATOR_VERSION`, the schema version
and the names and versions of the :data:`EXTENSIONS`; bump the version whenever the output changes.

Entry ``i`` depends only on the seed, ``i`` and ``n`` (its date is spread over the span), so
the same arguments give the same journal on every machine.

Extension point
---------------
Framework links, CPD fields and supervision sessions do not exist yet. When they do, add an
:class:`Extension` to :data:`EXTENSIONS`: ``write(vault, batch, rng)`` runs inside the same
transaction as each batch of inserted entries, with the saved entries (ids set), and can add
rows through the repositories. Its ``name`` and ``version`` become part of the cache key.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
import shutil
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from benchmarks import vocab
from supervision_app.core.entries import Entry
from supervision_app.storage.schema.migrations import LATEST_VERSION
from supervision_app.storage.vault import Vault

GENERATOR_VERSION = 1
SEED = "supervision-journal-bench"
#: Not a secret: every synthetic vault uses it.
PASSPHRASE = "benchmark vault passphrase"
OUT_DIR = Path(__file__).resolve().parent / "out"
BATCH = 500
#: The last practice date; the journal covers the ~20 years before it.
END_DATE = dt.date(2025, 12, 31)
SPAN_DAYS = 20 * 365
#: Zipf-Mandelbrot law over vocab.WORDS: p(rank r) ~ 1 / (r + Q) ** S.
ZIPF_S, ZIPF_Q = 1.5, 3.0
THEME_SHARE = 0.12
KIND_WEIGHTS = {"reflection": 55, "supervision": 15, "cpd_activity": 20, "note": 10}
TRASHED_SHARE = 0.005


class Extension(Protocol):
    name: str
    version: int

    def write(self, vault: Vault, batch: Sequence[Entry], rng: random.Random) -> None: ...


def _extensions() -> list[Extension]:
    from benchmarks.find_data import FindData

    return [FindData()]


#: Later features plug in here: framework links, CPD details and supervision sessions
#: (``benchmarks/find_data.py``, for the dashboard).
EXTENSIONS: list[Extension] = _extensions()


@dataclass(frozen=True)
class GeneratedVault:
    path: Path
    passphrase: str
    entries: int
    meta: dict


def cache_key(n: int) -> str:
    ext = "".join(f"-{e.name}{e.version}" for e in EXTENSIONS)
    # A new schema version means a new vault: opening an old one would migrate it in place.
    return f"vault-g{GENERATOR_VERSION}{ext}-s{LATEST_VERSION}-n{n}"


class TextMaker:
    """Builds titles, bodies and tags; all randomness comes from the ``rng`` passed in."""

    def __init__(self) -> None:
        weights = [1.0 / (r + ZIPF_Q) ** ZIPF_S for r in range(1, len(vocab.WORDS) + 1)]
        self._cum = list(itertools.accumulate(weights))
        tag_weights = [1.0 / (r + 1) for r in range(len(vocab.TAGS))]
        self._tag_cum = list(itertools.accumulate(tag_weights))
        self._themes = list(vocab.THEMES.values())

    def words(self, rng: random.Random, count: int, themes: Sequence[Sequence[str]]) -> list[str]:
        out = rng.choices(vocab.WORDS, cum_weights=self._cum, k=count)
        if themes:
            for i in range(count):
                if rng.random() < THEME_SHARE:
                    out[i] = rng.choice(rng.choice(themes))
        return out

    def sentences(self, rng: random.Random, words: list[str]) -> list[str]:
        result: list[str] = []
        i = 0
        while i < len(words):
            n = rng.randint(6, 18)
            chunk = words[i : i + n]
            i += n
            text = " ".join(chunk)
            text = text[:1].upper() + text[1:]
            result.append(text.replace(" i ", " I ") + rng.choice(".....?!"))
        return result

    def body(self, rng: random.Random, length: int, themes: Sequence[Sequence[str]]) -> str:
        sentences = self.sentences(rng, self.words(rng, length, themes))
        headings = rng.choice(vocab.SECTION_HEADINGS) if rng.random() < 0.4 else None
        parts = max(1, len(headings) if headings else rng.randint(1, 4))
        per = max(1, len(sentences) // parts)
        blocks: list[str] = []
        for p in range(parts):
            chunk = sentences[p * per : None if p == parts - 1 else (p + 1) * per]
            if not chunk:
                continue
            if headings:
                blocks.append(f"## {headings[p]}")
            blocks.append(" ".join(chunk))
        if rng.random() < 0.3:
            picks = rng.sample(vocab.ACTIONS, rng.randint(2, 4))
            blocks.append("\n".join(f"- {a}" for a in picks))
        return "\n\n".join(blocks) + "\n"

    def title(self, rng: random.Random) -> str:
        return f"{rng.choice(vocab.TITLE_OPENINGS)} {rng.choice(vocab.TITLE_SUBJECTS)}"

    def tags(self, rng: random.Random, theme_names: Sequence[str]) -> tuple[str, ...]:
        count = rng.choices((0, 1, 2, 3, 4), weights=(15, 35, 30, 15, 5))[0]
        tags = rng.choices(vocab.TAGS, cum_weights=self._tag_cum, k=count)
        if theme_names and rng.random() < 0.5:
            tags.append(theme_names[0])
        return tuple(dict.fromkeys(tags))

    def entry(self, i: int, n: int) -> Entry:
        rng = random.Random(f"{SEED}:{i}")
        theme_names = rng.sample(list(vocab.THEMES), rng.choice((0, 1, 1, 2)))
        themes = [vocab.THEMES[t] for t in theme_names]
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        # Roughly chronological ids, as a journal written over the years would have.
        day = int(SPAN_DAYS * (i + rng.random() * 3) / max(n, 1))
        practice = END_DATE - dt.timedelta(days=SPAN_DAYS - min(day, SPAN_DAYS))
        created = dt.datetime.combine(practice, dt.time(8), dt.UTC) + dt.timedelta(
            days=rng.choice((0, 0, 0, 1, 2, 7)), minutes=rng.randint(0, 12 * 60)
        )
        updated = created + dt.timedelta(minutes=rng.choice((0, 0, 5, 30, 60 * 24)))
        minutes = 0 if kind == "note" else 15 * rng.randint(1, 12)
        return Entry(
            title=self.title(rng),
            body=self.body(rng, rng.randint(80, 400), themes),
            kind=kind,
            practice_date=practice,
            tags=self.tags(rng, theme_names),
            minutes=minutes,
            created_at=created,
            updated_at=updated,
        )


def long_body(words: int, seed: str = "long-entry") -> str:
    """One very long reflection (``words`` words), e.g. for typing benchmarks."""
    rng = random.Random(f"{SEED}:{seed}")
    maker = TextMaker()
    return maker.body(rng, words, [vocab.THEMES["supervision"]])


def _word_doc_counts(counter: Counter[str], entry: Entry) -> None:
    text = f"{entry.title} {entry.body} {' '.join(entry.tags)}".lower()
    counter.update(set(text.replace(".", " ").replace("?", " ").replace("!", " ").split()))


def generate(path: Path, n: int, *, progress: bool = True) -> dict:
    """Write a new vault of ``n`` entries at ``path``; return its metadata."""
    started = time.perf_counter()
    maker = TextMaker()
    doc_counts: Counter[str] = Counter()
    ext_rng = random.Random(f"{SEED}:extensions")
    trash_rng = random.Random(f"{SEED}:trash")
    trashed = 0
    clock_now = dt.datetime.combine(END_DATE, dt.time(18), dt.UTC)
    with Vault.create(path, PASSPHRASE, clock=lambda: clock_now) as vault:
        repo = vault.entries
        for start in range(0, n, BATCH):
            batch: list[Entry] = []
            with vault.transaction():
                for i in range(start, min(n, start + BATCH)):
                    entry = maker.entry(i, n)
                    _word_doc_counts(doc_counts, entry)
                    saved = repo.add(entry)
                    batch.append(saved)
                    if trash_rng.random() < TRASHED_SHARE and saved.id is not None:
                        repo.trash(saved.id)
                        trashed += 1
                for ext in EXTENSIONS:
                    ext.write(vault, batch, ext_rng)
            if progress and (start // BATCH) % 20 == 19:
                rate = (start + BATCH) / (time.perf_counter() - started)
                print(
                    f"  generated {start + BATCH:,}/{n:,} entries ({rate:,.0f}/s)",
                    file=sys.stderr,
                    flush=True,
                )
    return {
        "generator_version": GENERATOR_VERSION,
        "extensions": [f"{e.name}{e.version}" for e in EXTENSIONS],
        "entries": n,
        "trashed": trashed,
        "generate_s": round(time.perf_counter() - started, 2),
        # How many entries each vocabulary word appears in (lower-cased, before stemming).
        "word_doc_counts": dict(doc_counts.most_common()),
    }


def _remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def ensure_vault(n: int, *, out_dir: Path = OUT_DIR, progress: bool = True) -> GeneratedVault:
    """The cached vault of ``n`` entries, generated first when missing."""
    out_dir.mkdir(parents=True, exist_ok=True)
    key = cache_key(n)
    path, meta_path = out_dir / f"{key}.sjvault", out_dir / f"{key}.json"
    if path.is_file() and meta_path.is_file():
        return GeneratedVault(path, PASSPHRASE, n, json.loads(meta_path.read_text()))
    partial = out_dir / f"{key}.partial-{os.getpid()}.sjvault"
    _remove_vault_files(partial)
    if progress:
        print(
            f"Generating a synthetic vault of {n:,} entries (cached in {out_dir})...",
            file=sys.stderr,
            flush=True,
        )
    try:
        meta = generate(partial, n, progress=progress)
        _remove_vault_files(path)
        partial.replace(path)
    finally:
        _remove_vault_files(partial)
    # The metadata is written last: it marks the cache entry as complete.
    meta_path.write_text(json.dumps(meta, indent=1))
    return GeneratedVault(path, PASSPHRASE, n, meta)


def scratch_copy(source: GeneratedVault, name: str = "scratch") -> GeneratedVault:
    """A throw-away copy for measurements that write (typing, ``add``)."""
    folder = source.path.parent / "scratch"
    folder.mkdir(exist_ok=True)
    target = folder / f"{name}-{os.getpid()}.sjvault"
    _remove_vault_files(target)
    shutil.copyfile(source.path, target)
    os.chmod(target, 0o600)
    return GeneratedVault(target, source.passphrase, source.entries, source.meta)


def remove_scratch(vault: GeneratedVault) -> None:
    _remove_vault_files(vault.path)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Generate (or find cached) synthetic vaults.")
    parser.add_argument("--entries", type=int, default=500)
    args = parser.parse_args()
    made = ensure_vault(args.entries)
    print(made.path)
