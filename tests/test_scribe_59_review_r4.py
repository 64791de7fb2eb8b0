"""Review of 66eeeb6..c93d500 (#17, helper-344): regressions found by made-up sessions, fixed since.

- KX read from a pain's or a balance score's threshold, the KX modifier in the next sentences even where it
  says no KX, or "coverage" anywhere in the sentence (threshold_said._BILLING / the _KX look-ahead);
- a service done at this visit lost to "you can work on ..." / "feel free to ..." (rules not_yet);
- an orthosis molded today billed 97763 because a later "how's it been" asks of the pain (WORN_ALREADY);
- a patient's own sentence blanked as taken back when the "no, that's wrong" answers the caregiver, or
  corrects only the time (taken_back_turns)."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.threshold_said import threshold_passed

T, P, C = "therapist", "patient", "caregiver"


def _draft(discipline: str, *said: tuple[str, str]):
    return draft(turns(*said), discipline=discipline, note_type="daily", role=discipline, rule="cms")


def _codes(discipline: str, *said: tuple[str, str]) -> dict[str, tuple[int, list[str]]]:
    return {c["code"]: (c["units"], sorted(c["modifiers"])) for c in _draft(discipline, *said).codes}


def _note(*said: tuple[str, str]) -> str:
    d = _draft("PT", *said)
    return "\n".join(d.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


KX_NOT_SAID = [
    (
        "You hit your pain threshold at about ten reps so we stopped there. And no KX modifier yet, you're "
        "still under the cap. Fifteen minutes of therapeutic exercise."
    ),
    (
        "Your pain went over the threshold when we did the lunges. We'll back off. Billing says the KX "
        "modifier is not needed. Fifteen minutes of therapeutic exercise."
    ),
    (
        "Your balance went past the threshold for fall risk on the Berg. KX is something billing handles, "
        "not me. Fifteen minutes of therapeutic exercise."
    ),
    "quick coverage check you stepped over the threshold of the doorway without catching your foot today "
    "fifteen minutes of therapeutic exercise",
]


@pytest.mark.parametrize("said", KX_NOT_SAID)
def test_no_kx_without_the_years_threshold(said):
    assert threshold_passed(turns((T, said))) is None


def test_must_not_change_the_years_threshold():
    said = (
        "Coverage note: you're past this year's threshold, the therapy is still medically necessary, and we "
        "add the KX modifier."
    )
    assert threshold_passed(turns((T, said))) is not None
    assert threshold_passed(turns((T, "Your coverage is good, you're nowhere near the threshold."))) is None


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        (
            [
                (T, "you can work on the putty while i set up the table about ten minutes"),
                (P, "ok"),
                (T, "then manual therapy to the shoulder fifteen minutes"),
            ],
            {"97110": (1, ["GP"]), "97140": (1, ["GP"])},
        ),
        (
            [
                (T, "feel free to hold the rail we did gait training for twelve minutes"),
                (P, "ok that felt steadier"),
            ],
            {"97116": (1, ["GP"])},
        ),
    ],
)
def test_a_service_done_now_is_kept(said, codes):
    assert _codes("PT", *said) == codes


def test_an_orthosis_molded_today_is_the_initial_encounter():
    codes = _codes(
        "OT",
        (T, "Today I molded a wrist cock-up splint for you, twenty minutes on the splint."),
        (P, "It feels snug."),
        (T, "Good. And how's it been with the pain otherwise?"),
        (P, "Better in the mornings."),
    )
    assert codes == {"97760": (1, ["GO"])}


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            [
                (P, "My knee hurts when I climb the stairs."),
                (C, "He's been doing his exercises every day."),
                (P, "No, that's wrong, I haven't done them since Sunday."),
                (T, "Okay. Fifteen minutes of therapeutic exercise."),
            ],
            "knee hurts",
        ),
        (
            [
                (P, "i fell in the bathroom on saturday"),
                (C, "she told me it was friday"),
                (P, "no thats wrong, it was saturday i know it"),
                (T, "ok fifteen minutes of balance training"),
            ],
            "fell",
        ),
        (
            [
                (P, "My knee gave out twice this week."),
                (P, "Not right, not right."),
                (P, "Three times."),
                (T, "Okay. Fifteen minutes of balance training."),
            ],
            "gave out",
        ),
    ],
)
def test_the_patients_own_sentence_is_kept(said, kept):
    assert kept in _note(*said).lower()


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        # must not change
        (
            [
                (
                    T,
                    "Your coverage is good through December, and you're nowhere near the threshold. Fifteen minutes of therapeutic exercise.",
                )
            ],
            {"97110": (1, ["GP"])},
        ),
        (
            [
                (T, "You can use a kickboard at the pool on your own for ten minutes."),
                (T, "Today we did fifteen minutes of hip strengthening exercise."),
            ],
            {"97110": (1, ["GP"])},
        ),
    ],
)
def test_must_not_change(said, codes):
    assert _codes("PT", *said) == codes
