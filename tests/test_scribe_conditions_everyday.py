"""Conditions named in everyday or short words, by the clinician, the patient or a caregiver, are the
visit's condition as named: an abbreviation ("the LVAD", "the POTS", "after the MS flare"), a name without
a medical ending ("chemo brain", "turf toe", "the cardiac arrest"), an eponym said alone ("the Huntington",
"The Charcot-Marie-Tooth.") and a condition after "since", "after" or "with" in a question or denial about
something else ("Any headaches since the meningioma surgery?"). A condition doubted, someone else's, or an
abbreviation that is also a word ("the pots and pans", "Ms. Lee") is none. Phrasings written for these
tests, one row a way of saying it."""

import pytest

# The same checks as for conditions named by their medical endings, over these phrasings.
from test_scribe_conditions_named import test_a_condition_named_is_written as _written
from test_scribe_conditions_named import test_a_condition_not_had_is_not_written as _not_written

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("who", "sentence", "named"),
    [
        # abbreviations, in capitals
        (T, "Mr. Oyelaran, progress report day, visit ten. How's the LVAD?", "LVAD"),
        (T, "And the POTS, the dizziness when you stand?", "POTS"),
        (T, "This is the occupational therapy evaluation after the MS flare in October.", "MS"),
        (T, "Heat makes MS symptoms worse, that's expected.", "MS"),
        (P, "the crps is worse in the mornings", "crps"),
        (T, "Weather changes can bother the CRPS hand.", "CRPS"),
        # names without a medical ending
        (T, "How was the week with the chemo brain?", "chemo brain"),
        (T, "How's the memory been since the cardiac arrest?", "cardiac arrest"),
        (C, "Since his heart attack he tires on the stairs.", "heart attack"),
        (T, "Turf toe, right big toe, from the game on the ninth.", "Turf toe"),
        (P, "Brachial plexus injury, from the motorcycle crash.", "Brachial plexus injury"),
        (T, "the psychiatrist wrote the schizophrenia is stable on the shot", "schizophrenia"),
        (C, "His leukemia treatment ended in May.", "leukemia"),
        (T, "How are things with the stuttering at work?", "stuttering"),
        (C, "the cluttering gets worse when he's excited", "cluttering"),
        # an eponym said alone, or without its 's
        (T, "Mrs. Volkova, how are the legs this week? The Charcot-Marie-Tooth.", "Charcot-Marie-Tooth"),
        (P, "I'm fifty-eight, Charcot-Marie-Tooth.", "Charcot-Marie-Tooth"),
        (C, "hes eating too fast again with the huntington he just shovels it", "huntington"),
        (T, "And the Raynaud, the white fingers?", "Raynaud"),
        (C, "The Parkinson makes mornings slow.", "Parkinson"),
        # taken as given after "since", "after", "with", "from"
        (T, "Any headaches since the meningioma surgery?", "meningioma"),
        (T, "No dizziness after the concussion this week?", "concussion"),
        (P, "no numbness at all with the carpal tunnel lately", "carpal tunnel"),
        (T, "Any swelling since your knee replacement?", "knee replacement"),
    ],
)
def test_a_condition_said_in_everyday_words_is_written(who: str, sentence: str, named: str) -> None:
    _written(who, sentence, named)


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # words that are also abbreviations, not in capitals, and titles
        (P, "I scrubbed the pots and pans all morning."),
        (T, "Ms. Lee, have a seat."),
        (T, "Good afternoon, Ms. Ortiz."),
        # doubted, even after "since" or "with"
        (T, "Any pain with the bursitis, maybe?"),
        (P, "no pain since the tendinitis i suspect"),
        (P, "I'm worried about a tear after the fall."),
        (T, "If there's any stenosis with the new pain, we'll know."),
        # someone else's
        (P, "My brother had a heart attack in June."),
        (C, "Her aunt had the same chemo brain after her treatment."),
        (P, "My mother has Charcot-Marie-Tooth too."),
        # denied or asked without a condition given
        (T, "Any history of cardiac arrest?"),
        (P, "No stuttering at all today."),
    ],
)
def test_a_condition_in_everyday_words_not_had_is_not_written(who: str, sentence: str) -> None:
    _not_written(who, sentence)
