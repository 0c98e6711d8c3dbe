"""Words for synthetic reflections: UK social-care vocabulary and no names of people.

``WORDS`` is ordered from most to least frequent; the generator draws from it with a
Zipf-like law, so the first few dozen words land in nearly every entry and the last few
hundred in roughly one entry in a hundred. ``THEMES`` are bursts: an entry about hoarding
uses hoarding words much more than the global law alone would.
"""

from __future__ import annotations

_FUNCTION = """
the and to of a i was that in with it for on we about she he they had her his their this is
be not as at but have were would what how my me from so been there when felt which more
also could an or by some if all them our do did no than after before because then into out
up over still very much other next time both each any only own just can may might should
will going need way who us its those these where while through during why again today
"""

_GENERAL = """
family home visit support worker social practice young people child mother father children
parent parents team manager meeting plan care work feel think discussed agreed noticed said
told explained asked week weeks month months day morning afternoon school health concern
concerns risk safety safe relationship relationships supervision reflection reflected
practitioner service services need needs assessment review plan planning session call phone
worried thought felt understand understood learned learning change changes important
difficult together conversation house room kitchen time clear different view views wishes
feelings voice own help helped helpful happened situation later previous current next
decision decisions information record recording records notes case cases caseload colleague
colleagues office duty response listened spoke talked shared sharing explored considered
"""

_REFLECTIVE = """
reflect reflective reflecting aware awareness curious curiosity assumption assumptions bias
judgement values ethics ethical dilemma dilemmas power professional professionals boundaries
empathy compassion honest honesty uncertain uncertainty anxious anxiety confident confidence
frustrated frustration overwhelmed tired stress stressed pressure emotional emotions impact
learning development improve improved practise skills knowledge theory approach approaches
strengths strength wellbeing resilience trust rapport engagement engage engaged challenge
challenged challenging positive negative outcome outcomes goal goals progress evidence
analysis critical critically realised recognised acknowledged wondered questioned noticed
observed observation hypothesis formulation perspective perspectives lens framework
capability capabilities standards competence feedback guidance direction supported
"""

_PROCESS = """
referral referrals safeguarding protection strategy conference core group enquiry
investigation capacity consent best interests advocacy advocate package placement
placements contact direct sessions chronology report reports court statement panel
threshold criteria eligibility pathway triage screening allocation allocated transfer
closure handover discharge admission hospital ward respite residential nursing
domiciliary reablement payments personal budget carers carer foster fostering adoption
kinship guardianship permanence viability parallel leaving transition transitions
education attendance exclusion nursery college tenancy housing homelessness hostel refuge
benefits debt poverty food bank universal credit arrears eviction landlord neighbour
neighbours police officer nurse doctor therapist psychologist psychiatrist consultant
paediatrician midwife teacher interpreter solicitor magistrate judge commissioner
provider volunteer keyworker mentor student agency agencies multi partnership joint
"""

_NEEDS = """
mental physical disability disabled autism autistic learning neglect abuse domestic
violence coercive control exploitation criminal sexual grooming county lines trafficking
slavery radicalisation harm suicide suicidal ideation overdose substance misuse alcohol
drugs addiction recovery hoarding dementia frailty falls mobility medication diagnosis
psychosis depression trauma attachment adverse childhood experiences loss grief
bereavement separation divorce conflict aggression hostile resistant disguised compliance
avoidance isolation isolated lonely loneliness vulnerable vulnerability distress distressed
tearful angry upset calm chaotic warm guarded relieved grateful hopeful cautious careful
thoughtful unsafe supportive consistent inconsistent significant immediate ongoing
initial final formal informal statutory voluntary urgent deadline timescales escalated
escalate referred consulted checked reviewed arranged attended cancelled rescheduled
missed declined refused accepted disclosed disclosure reported struggled managed coped
deteriorated remained seemed appeared described responded reacted encouraged validated
modelled paused prioritised delegated documented drafted submitted recorded visited
"""

_SPECIALIST = """
culture cultural identity race racism faith religion language gender sexuality diversity
inclusion discrimination oppression oppressive privilege rights justice equality
systemic systems narrative ecological restorative solution focused motivational
interviewing cognitive behavioural signs genogram ecomap relational centred informed
supervisor supervisee reflexivity reflexive incident debrief debriefed caseloads workload
burnout sickness leave retention recruitment agency induction appraisal probation
mentoring shadowing observation observed audit inspection complaint complaints
whistleblowing compliments governance policy procedure procedures legislation legal
tribunal deprivation liberty authorisation appointee deputyship ombudsman youth
offending remand custody curfew bail stalking honour forced marriage fabricated induced
illness perplexing presentations squalor cuckooing infestation mould damp bailiffs
sanctions dentist optician hearing sight wheelchair hoist commode stairlift telecare
pendant alarm keysafe blister dosette sores ulcer continence catheter stoma nutrition
hydration swallowing dysphagia aphasia stroke epilepsy diabetes insulin dialysis palliative
hospice funeral probate unaccompanied asylum seeking refugee sufficiency encopresis
enuresis pica tics stimming sensory overload meltdown shutdown communication makaton
signing braille dyslexia dyspraxia anorexia bulimia bingeing purging
selfharm scarring ligature crisis sanctuary helpline samaritans befriending lunch club
allotment gardening knitting choir football swimming cinema library bus train taxi
"""

_RARE = """
sibling siblings grandparent grandparents stepfather stepmother cousin uncle aunt
godparent babysitter childminder playgroup toddler infant baby teenager adolescent
pregnancy antenatal postnatal breastfeeding weaning bottle nappies cot sleeping bedtime
routine routines mealtimes homework bullying cyberbullying gaming screen phone online
sexting imagery consented coerced groomed missing episode episodes return interview
trafficked exploited cannabis cocaine heroin methadone needle exchange detox rehab
relapse abstinence sobriety gambling arrears overdraft payday lender loan shark
pawnbroker scam scams fraud financial abuse lasting power attorney capacity fluctuating
unwise decisions executive dysfunction hoarder clutter rating scale fire service smoke
detector gas electricity meter prepayment disconnection heating cold winter summer
heatwave flooding boiler repairs adaptations ramp rails shower wetroom occupational
physiotherapy speech language therapy audiology wheelchair services district nursing
continuing healthcare funding panel section appeal tribunal reconsideration mandatory
pip attendance allowance carers allowance blue badge bus pass freedom concessionary
interpreter signer advocate independent visitor mentor befriender chaplain imam rabbi
priest vicar elder community centre mosque church temple gurdwara synagogue foodbank
pantry uniform grant hardship fund charity trust voucher referral letter template
"""

WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        w
        for block in (_FUNCTION, _GENERAL, _REFLECTIVE, _PROCESS, _NEEDS, _SPECIALIST, _RARE)
        for w in block.split()
    )
)

#: Themes an entry is about; their words come far more often in such entries.
THEMES: dict[str, tuple[str, ...]] = {
    "safeguarding": tuple(
        "safeguarding protection strategy enquiry investigation risk "
        "disclosure disclosed threshold conference core group harm".split()
    ),
    "mental health": tuple(
        "mental health crisis psychosis depression anxiety suicidal "
        "ideation psychiatrist medication ward admission discharge".split()
    ),
    "older adults": tuple(
        "dementia frailty falls mobility hoist commode stairlift telecare "
        "pendant keysafe dosette reablement domiciliary respite".split()
    ),
    "children in care": tuple(
        "foster fostering placement placements kinship permanence "
        "contact siblings independent visitor leaving care".split()
    ),
    "domestic abuse": tuple(
        "domestic abuse coercive control violence refuge police "
        "separation safety plan stalking honour".split()
    ),
    "substance use": tuple(
        "alcohol drugs addiction recovery relapse detox rehab methadone "
        "needle exchange abstinence sobriety".split()
    ),
    "housing and money": tuple(
        "housing tenancy eviction arrears landlord benefits debt "
        "universal credit foodbank hardship bailiffs heating".split()
    ),
    "capacity": tuple(
        "capacity consent best interests unwise decisions advocate lasting "
        "power attorney deprivation liberty authorisation fluctuating".split()
    ),
    "disability": tuple(
        "disability autism autistic sensory communication makaton signing "
        "occupational therapy adaptations wheelchair transition".split()
    ),
    "self-neglect": tuple(
        "hoarding hoarder clutter self neglect squalor infestation mould "
        "damp fire service smoke detector rating scale".split()
    ),
    "supervision": tuple(
        "supervision supervisor supervisee caseload workload burnout "
        "reflective debrief feedback appraisal wellbeing boundaries".split()
    ),
    "exploitation": tuple(
        "exploitation exploited county lines grooming groomed missing "
        "episode return interview trafficked cuckooing".split()
    ),
}

TAGS: tuple[str, ...] = (
    "home visit",
    "supervision",
    "safeguarding",
    "CPD",
    "reflection",
    "duty",
    "team meeting",
    "mental capacity",
    "court",
    "training",
    "wellbeing",
    "child protection",
    "children in need",
    "looked after",
    "carers",
    "housing",
    "mental health",
    "domestic abuse",
    "substance misuse",
    "dementia",
    "transition",
    "fostering",
    "adoption",
    "leaving care",
    "hospital discharge",
    "best interests",
    "Care Act",
    "strengths-based",
    "anti-oppressive practice",
    "ethics",
    "feedback",
    "complaint",
    "audit",
    "research",
    "reading",
    "student",
    "ASYE",
    "AMHP",
    "advocacy",
    "hoarding",
    "exploitation",
    "interpreter",
)

TITLE_OPENINGS: tuple[str, ...] = (
    "Reflection after",
    "Thoughts on",
    "Learning from",
    "Notes on",
    "What I took from",
    "Supervision:",
    "CPD:",
    "Follow-up on",
    "Debrief after",
    "Questions about",
)
TITLE_SUBJECTS: tuple[str, ...] = (
    "a home visit",
    "a joint visit",
    "the strategy meeting",
    "a core group",
    "a duty shift",
    "the review meeting",
    "a capacity assessment",
    "a carers assessment",
    "a court hearing",
    "a hospital discharge",
    "a difficult phone call",
    "team training",
    "reading on trauma",
    "a complaint",
    "a case transfer",
    "a placement move",
    "a family group conference",
    "peer supervision",
    "an audit",
    "a student's first visit",
    "a missing episode",
    "the panel",
    "a best interests meeting",
    "a safeguarding enquiry",
)

SECTION_HEADINGS: tuple[tuple[str, ...], ...] = (
    ("What happened", "So what", "Now what"),
    ("Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"),
    ("Context", "What I noticed", "What I will do differently"),
)

ACTIONS: tuple[str, ...] = (
    "Book a follow-up visit",
    "Ask for a second opinion in supervision",
    "Read the local guidance again",
    "Update the chronology",
    "Check the plan with the family",
    "Write up the assessment",
    "Discuss workload with my manager",
    "Refer to advocacy",
    "Arrange an interpreter",
    "Share the learning at the team meeting",
)
