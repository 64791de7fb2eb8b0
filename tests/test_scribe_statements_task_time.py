"""How long an everyday task takes now ("Dinner takes an hour.", "She's been taking forever to eat",
"getting dressed takes me twenty minutes") is a report of function, kept in the patient's or caregiver's
words, never dropped as the week's news; a meal or a trip that is only news stays out. Table-driven, one
kind per row; the phrasings are this file's own."""

import pytest

from scribe.statements import small_talk


@pytest.mark.parametrize(
    ("speaker", "said"),
    [
        ("caregiver", "Lunch takes him almost an hour now."),
        ("caregiver", "He's been taking forever to eat."),
        ("patient", "Getting dressed takes me twenty minutes."),
        ("patient", "It takes me half an hour to shower."),
        ("caregiver", "Breakfast took her ages this morning."),
    ],
)
def test_how_long_a_task_takes_is_a_report(speaker: str, said: str) -> None:
    assert not small_talk(speaker, said)


@pytest.mark.parametrize(
    ("speaker", "said"),
    [
        ("patient", "Dinner at the Olive Garden was great."),
        ("caregiver", "We had lunch with the grandkids on Sunday."),
    ],
)
def test_a_meal_only_named_is_still_news(speaker: str, said: str) -> None:
    assert small_talk(speaker, said)
