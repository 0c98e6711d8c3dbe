"""How hard a passphrase is to guess, in plain words (zxcvbn's estimate and advice).

zxcvbn (Dropbox's estimator, pattern- and dictionary-based) scores 0-4 and explains
what makes a passphrase weak ("This is a top-100 common password", "Avoid dates and years").
The score is advice only: the rule that refuses a passphrase stays ``core/passphrase.py``
(at least 10 characters, typed twice). Imported only by the first-run and change-passphrase
screens, so its 60 ms import never delays the unlock dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

#: score -> plain label
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")
#: Said when zxcvbn has nothing more specific, by score.
GENERAL_ADVICE = (
    "Use four or more unrelated words, or a short sentence only you would think of.",
    "Add another uncommon word or two; length helps more than symbols.",
    "Good start: one more uncommon word would make it strong.",
    "Strong: keep it somewhere safe, such as a password manager.",
    "Very strong: keep it somewhere safe, such as a password manager.",
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0-4
    label: str
    advice: tuple[str, ...]
    guess_time: str  # e.g. "centuries" against a slow (hashed) offline attack


def estimate(passphrase: str, personal: Sequence[str] = ()) -> Strength:
    """Strength of ``passphrase``; ``personal`` words (the user's name) count as guessable."""
    from zxcvbn import zxcvbn

    if not passphrase:
        return Strength(0, LABELS[0], (GENERAL_ADVICE[0],), "instantly")
    # zxcvbn's own limit: beyond 100 characters it is slow and the answer is "very strong".
    result = zxcvbn(passphrase[:100], user_inputs=[p for p in personal if p])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    advice = [str(feedback.get("warning") or "").strip()]
    advice += [str(s).strip() for s in feedback.get("suggestions") or ()]
    advice = [a if a.endswith(".") else a + "." for a in advice if a]
    if not advice or score >= 3:
        advice = [*advice, GENERAL_ADVICE[score]] if score < 3 else [GENERAL_ADVICE[score]]
    times = result.get("crack_times_display") or {}
    return Strength(
        score=score,
        label=LABELS[score],
        advice=tuple(dict.fromkeys(advice)),
        guess_time=str(times.get("offline_slow_hashing_1e4_per_second", "")),
    )
