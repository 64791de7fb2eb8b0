"""Two kinds of sentence are never quoted into the note: what the clinician weighed and did not do ("I
thought about a resting hand splint, but not now") and someone else's remark on how the patient moves,
sounds or drives ("my grandson says I walk like a robot"). What was done, what is planned, and the
patient's own report, with its numbers, stay."""

import pytest

from scribe.statements import kept_out

THERAPIST, PATIENT, CAREGIVER = "therapist", "patient", "caregiver"
T, P, C = THERAPIST, PATIENT, CAREGIVER

# Weighed and not done, or someone else's remark on the patient: never quoted.
NEVER_QUOTED = [
    (T, "I thought about a resting hand splint for night, but his hand isn't tight, so not now."),
    (T, "we did think about a wrist brace but you do not need it"),
    (T, "i thought about sending you for a stroboscopy but the ent scope was clear enough"),
    (T, "I considered the computer attention program but the paper tasks are working fine."),
    (T, "We also thought about taping, but your skin is too fragile."),
    (P, "my grandson says i walk like a robot"),
    (P, "my wife says i walk like a pirate with the cane"),
    (P, "my girlfriend says i walk weird still"),
    (P, "my manager keeps saying im distracted"),
    (C, "He drives like a maniac."),
    (P, "She drives like a grandma."),
    (C, "Her brother always says she's too stubborn to use the walker."),
    (P, "My son said I sound drunk on the phone."),
    (P, "My daughter thinks I'm overdoing it."),
]

# Done or planned, an opinion, a figure said with it, the patient's own report: judged as before.
STAYS = [
    (T, "I thought about it and we moved to the wall slides, 2 sets of 10."),
    (T, "I think your gait is better but the knee still buckles."),
    (T, "Next visit we will add the balance board."),
    (T, "We did the resting hand splint today."),
    (T, "I thought about stopping at 5 reps but you did 10."),
    (P, "I thought about quitting but I kept doing the exercises."),
    (P, "I walk like a robot in the morning, stiff for an hour."),
    (P, "My wife says I fell 3 times last month."),
    (C, "He says the pain is a 6 at night."),
    (P, "My knee gives out on the stairs."),
    (C, "His wife said he fell on Sunday getting out of the shower."),
    (C, "My husband thinks he fell twice this week."),
    (P, "My daughter says I need the walker at night."),
    (C, "Her son said she looks more steady with the cane."),
    (C, "She walks to the mailbox with the walker now."),
    (T, "Your wife says you walk like a robot, let's look at that."),
]


@pytest.mark.parametrize(("speaker", "said"), NEVER_QUOTED)
def test_never_quoted(speaker: str, said: str) -> None:
    assert kept_out(speaker, said)


@pytest.mark.parametrize(("speaker", "said"), STAYS)
def test_not_kept_out_by_these_rules(speaker: str, said: str) -> None:
    assert not kept_out(speaker, said)
