"""Synthetic CPD records for tests, the sample portfolio images and the PDF benchmark.

Everything is made up: no real people, places or cases. :func:`add_sample_records` writes
them into an open vault through the real repositories.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from supervision_app.core.cpd.model import CpdFields
from supervision_app.core.cpd.settings import CpdSettings
from supervision_app.core.entries import Entry
from supervision_app.storage.cpd.repository import CpdRepository
from supervision_app.storage.cpd.settings import CpdSettingsStore

PRACTITIONER = "Alex Example"


@dataclass(frozen=True)
class Sample:
    title: str
    day: dt.date
    minutes: int
    kind: str
    fields: CpdFields | None
    links: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    body: str = ""


SAMPLES: tuple[Sample, ...] = (
    Sample(
        "Making Safeguarding Personal: one-day course",
        dt.date(2025, 12, 9),
        360,
        "cpd_activity",
        CpdFields(
            activity_type="course_or_training",
            description=(
                "A one-day course on Making Safeguarding Personal run by the local "
                "safeguarding adults board. I chose it because half of my caseload involves "
                "section 42 enquiries and I wanted to put the person's outcomes first."
            ),
            learning=(
                "How to ask people at the start of an enquiry what a good outcome looks like "
                "for them, and how to record those outcomes in their own words."
            ),
            impact=(
                "I now open every enquiry by asking about outcomes. People tell me they feel "
                "listened to, and my plans are shorter and more specific."
            ),
        ),
        (
            "swe-standards:promote-rights-strengths-wellbeing",
            "pcf:rights-justice-economic-wellbeing",
        ),
        ("training", "safeguarding"),
        "Course notes are in my training folder.\n\n- outcomes first\n- **own words** in records",
    ),
    Sample(
        "Reading: strengths-based conversations",
        dt.date(2026, 1, 20),
        90,
        "reflection",
        CpdFields(
            activity_type="reading_or_research",
            description=(
                "Read two practice guides on strengths-based conversations to prepare for "
                "reviews with carers."
            ),
            learning="Open questions about what is working tend to uncover informal support.",
            impact="My reviews now record the support networks people already rely on.",
            peer_role="Senior practitioner in my team",
            peer_date=dt.date(2026, 1, 27),
            peer_learning=(
                "Talking it through showed me I still default to a deficit checklist at the "
                "end of a visit; we agreed I would try ending with a strengths summary."
            ),
        ),
        ("swe-standards:maintain-cpd", "pcf:knowledge", "hcpc-cpd-standards:mixture-of-activities"),
        ("reading",),
        "## Key points\n\n1. Start with what is working\n2. Ask about people who help\n",
    ),
    Sample(
        "Group supervision: working with risk",
        dt.date(2026, 3, 3),
        120,
        "supervision",
        CpdFields(
            activity_type="supervision",
            description="Monthly group supervision on positive risk-taking.",
            learning="A shared language for describing risk helps the whole team stay consistent.",
            impact="I now write risk sections that separate facts, worries and strengths.",
        ),
        ("pcf:critical-reflection-analysis",),
        ("supervision",),
    ),
    Sample(
        "Shadowing the hospital discharge team",
        dt.date(2026, 7, 14),
        420,
        "cpd_activity",
        CpdFields(
            activity_type="shadowing_or_observation",
            description=(
                "Spent a day with the hospital discharge team to understand their pressures."
            ),
            learning="Discharge decisions are often made before social care is asked.",
            impact="I now contact the ward earlier and families have more time to plan.",
            peer_role="Discharge co-ordinator",
            peer_learning="Hearing their view made me less defensive about delays.",
        ),
        ("swe-standards:trust-and-confidence", "pcf:contexts-and-organisations"),
        ("shadowing",),
    ),
    Sample("Team meeting notes", dt.date(2026, 8, 1), 0, "note", None, (), ("admin",), "Rota."),
)


def add_sample_records(vault, samples: tuple[Sample, ...] = SAMPLES) -> list[int]:  # type: ignore[no-untyped-def]
    """Add the samples (entries, CPD details and links); returns their ids in order."""
    cpd = CpdRepository(vault)
    ids = []
    for sample in samples:
        entry = vault.entries.add(
            Entry(
                title=sample.title,
                body=sample.body,
                kind=sample.kind,
                practice_date=sample.day,
                tags=sample.tags,
                minutes=sample.minutes,
            )
        )
        assert entry.id is not None
        if sample.fields is not None:
            cpd.save(entry.id, sample.fields)
        if sample.links:
            vault.links.set_links(entry.id, sample.links)
        ids.append(entry.id)
    return ids


def add_sample_portfolio(vault, samples: tuple[Sample, ...] = SAMPLES) -> list[int]:  # type: ignore[no-untyped-def]
    """:func:`add_sample_records`, and :data:`PRACTITIONER` as the practitioner's name."""
    ids = add_sample_records(vault, samples)
    CpdSettingsStore(vault).save(CpdSettings(practitioner_name=PRACTITIONER))
    return ids


def many_samples(n: int) -> tuple[Sample, ...]:
    """``n`` distinct CPD samples spread over two years (for the PDF benchmark)."""
    base = [s for s in SAMPLES if s.fields is not None]
    result = []
    for i in range(n):
        s = base[i % len(base)]
        assert s.fields is not None
        fields = CpdFields(
            activity_type=s.fields.activity_type,
            description=f"{s.fields.description} (session {i + 1})",
            learning=s.fields.learning + f" Point {i + 1}.",
            impact=s.fields.impact,
            peer_role=s.fields.peer_role,
            peer_date=s.fields.peer_date,
            peer_learning=s.fields.peer_learning,
        )
        result.append(
            Sample(
                f"{s.title} ({i + 1})",
                dt.date(2025, 1, 1) + dt.timedelta(days=(i * 700) // max(n, 1)),
                s.minutes or 60,
                s.kind,
                fields,
                s.links,
                s.tags,
                s.body,
            )
        )
    return tuple(result)


def _extra(
    title: str, day: dt.date, minutes: int, activity: str, learning: str, links: tuple[str, ...]
) -> Sample:
    return Sample(
        title,
        day,
        minutes,
        "cpd_activity",
        CpdFields(
            activity_type=activity,
            description=f"{title}: chosen because it relates to my current caseload.",
            learning=learning,
            impact="I have changed how I plan and record my work as a result.",
        ),
        links,
    )


#: More records for the sample portfolio pictures in docs/ (not used by the tests).
DOCS_EXTRA: tuple[Sample, ...] = (
    _extra("Webinar: the Mental Capacity Act in practice", dt.date(2025, 12, 18), 90,
           "course_or_training", "Recording the two-stage test clearly.",
           ("swe-standards:accountable-quality-decisions", "pcf:knowledge")),
    _extra("Observed a best interests meeting", dt.date(2026, 2, 12), 150,
           "shadowing_or_observation", "How the chair kept the person's wishes central.",
           ("pcf:values-and-ethics",)),
    _extra("Peer case discussion: hoarding and self-neglect", dt.date(2026, 4, 22), 60,
           "peer_learning", "Building trust before talking about risk.",
           ("swe-standards:trust-and-confidence", "pcf:skills-and-interventions")),
    _extra("Article: trauma-informed practice with adults", dt.date(2026, 5, 30), 45,
           "reading_or_research", "Noticing how past services affect engagement now.",
           ("pcf:knowledge", "hcpc-cpd-standards:quality-of-practice")),
    _extra("Safeguarding adults level 3 refresher", dt.date(2026, 9, 8), 420,
           "course_or_training", "Thresholds for a section 42 enquiry.",
           ("swe-standards:promote-rights-strengths-wellbeing",)),
    _extra("Reflective log: a difficult conversation", dt.date(2026, 10, 6), 40,
           "reflection", "Naming my own anxiety helped me stay with the person.",
           ("pcf:critical-reflection-analysis",)),
)  # fmt: skip
