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

from supervision_app.core.i18n import Translate, english

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


#: Every warning and suggestion zxcvbn 4.x gives (its feedback.py), for the translators:
#: the window shows each through tr() under "PassphrasePage" (gui/i18n.py declares them);
#: tests/unit/test_core_i18n.py checks the list against the installed zxcvbn.
ZXCVBN_ADVICE = (
    "A word by itself is easy to guess.",
    "Add another word or two. Uncommon words are better.",
    "All-uppercase is almost as easy to guess as all-lowercase.",
    "Avoid dates and years that are associated with you.",
    "Avoid recent years.",
    "Avoid repeated words and characters.",
    "Avoid sequences.",
    "Avoid years that are associated with you.",
    "Capitalization doesn't help very much.",
    "Common names and surnames are easy to guess.",
    "Dates are often easy to guess.",
    "Names and surnames by themselves are easy to guess.",
    "No need for symbols, digits, or uppercase letters.",
    "Predictable substitutions like '@' instead of 'a' don't help very much.",
    "Recent years are easy to guess.",
    'Repeats like "aaa" are easy to guess.',
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
    "Reversed words aren't much harder to guess.",
    'Sequences like "abc" or "6543" are easy to guess.',
    "Short keyboard patterns are easy to guess.",
    "Straight rows of keys are easy to guess.",
    "This is a top-10 common password.",
    "This is a top-100 common password.",
    "This is a very common password.",
    "This is similar to a commonly used password.",
    "Use a few words, avoid common phrases.",
    "Use a longer keyboard pattern with more turns.",
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0-4
    label: str
    advice: tuple[str, ...]
    guess_time: str  # e.g. "centuries" against a slow (hashed) offline attack
    #: The same in seconds, for :func:`guess_time_text` in the window's language.
    guess_seconds: float = 0.0


def guess_time_text(seconds: float, translate: Translate = english) -> str:
    """zxcvbn's ``display_time`` through ``translate``: "less than a second", "3 hours",
    "centuries" (a month is 31 days, as zxcvbn counts)."""
    minute, hour, day = 60, 3600, 86400
    month, year = day * 31, day * 31 * 12
    if seconds < 1:
        return translate("Strength", "less than a second")
    if seconds < minute:
        return translate("Strength", "%n second(s)", "", round(seconds))
    if seconds < hour:
        return translate("Strength", "%n minute(s)", "", round(seconds / minute))
    if seconds < day:
        return translate("Strength", "%n hour(s)", "", round(seconds / hour))
    if seconds < month:
        return translate("Strength", "%n day(s)", "", round(seconds / day))
    if seconds < year:
        return translate("Strength", "%n month(s)", "", round(seconds / month))
    if seconds < year * 100:
        return translate("Strength", "%n year(s)", "", round(seconds / year))
    return translate("Strength", "centuries")


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
    seconds = result.get("crack_times_seconds") or {}
    return Strength(
        score=score,
        label=LABELS[score],
        advice=tuple(dict.fromkeys(advice)),
        guess_time=str(times.get("offline_slow_hashing_1e4_per_second", "")),
        guess_seconds=float(seconds.get("offline_slow_hashing_1e4_per_second", 0)),
    )
