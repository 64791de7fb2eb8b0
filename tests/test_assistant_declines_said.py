"""What the assistant declines, said the way staff say it, gets a clear refusal with its reason, never the
generic "I can't answer that from the record" (issue #19): imaging, injections, a dose or a load, how
many visits a condition takes and what is normal for an age are the clinician's call; records or a signed
note asked for to send on go through the records process; notes signed for someone are not signed here."""

from datetime import date

import pytest

from assistant.understand import slots

THU = date(2027, 4, 29)


@pytest.mark.parametrize(
    "said",
    [
        "should Donald Kennedy get an MRI? his pain hasnt changed in 3 wks",
        "does she need an x-ray before we start",
        "should he get another injection",
        "would Maria need surgery for that",
        "is 3x10 too much for a TKA at week 2?",
        "is 2x15 too easy for him now",
        "can my pt go up to 10 lbs on the leg press? therapist is out today",
        "ok to bump her to 15 reps?",
        "how many visits does someone w/ a rotator cuff repair usually need",
        "how many sessions do people with a tkr typically need",
        "is it ok for Lucia to come in if she just had a cortisone shot",
        "she had a steroid injection yesterday, can she still come",
        "mom wants to know if her kid's speech is normal for 4 yrs old",
        "is that normal at 18 months",
    ],
)
def test_clinical_calls_are_declined(said: str) -> None:
    assert slots(said, THU).intent == "clinical", said


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("lawyer on phone wants all of Ruth Lewis's records emailed", "records process"),
        ("her attorney needs the records faxed over", "records process"),
        ("show me Brian Wallaces eval note, need it for the appeal", "records process"),
        ("need Steven Alexander's signed eval from march to send w the appeal", "records process"),
        ("send the insurer his signed plan of care", "records process"),
        ("pull up his discharge summary", "records process"),
        ("sign the ones from this morning for me", "nobody signs for them"),
        ("sign mine for me, i'm in a rush", "nobody signs for them"),
        ("can you sign off on them for her", "nobody signs for them"),
        ("sign all my unsigned", "nobody signs for them"),
    ],
)
def test_records_and_signing_are_refused_with_the_reason(said: str, why: str) -> None:
    frame = slots(said, THU)
    assert frame.intent == "restricted" and why in (frame.refusal or ""), (said, frame.intent, frame.refusal)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # the everyday requests beside them stay what they are
        ("which of my notes arent signed", "unsigned_notes"),
        ("any unsigned notes for Rose Ford", "unsigned_notes"),
        ("when is Donald Kennedy's next visit", "visits"),
        ("how many visits does Rose Ford have left", "auth_status"),
        ("book her 3x a week", "book"),
    ],
)
def test_everyday_requests_are_not_declined(said: str, intent: str) -> None:
    assert slots(said, THU).intent == intent, said
