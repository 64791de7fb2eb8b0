"""scribe.llm called directly with a stand-in chat model (langchain's own fake, no network): the prompt
carries the facts and the transcript as data; a JSON answer with the four sections is the note's prose;
anything else (not JSON, a key missing or extra, the model unreachable) is LlmUnavailable, whose reason
names the failure and never the note's content."""

from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.messages import BaseMessage

from core.notes.review_marks import SECTIONS
from scribe.extract import Evidence, Fact
from scribe.llm import LlmUnavailable, NoteProse, prose
from scribe.transcript import Segment

SEGMENTS = [
    Segment(0, 0.0, 4.0, "clinician", "How far did you walk this week?"),
    Segment(1, 4.0, 9.0, "patient", "About three hundred feet, and my knee pain is four out of ten."),
]
FACTS = [
    Fact(
        "pain",
        "knee pain 4/10",
        "4",
        "/10",
        False,
        Evidence(1, 33, 60, "knee pain is four out of ten"),
        "patient",
    ),
    Fact(
        "gait",
        "walked 300 feet",
        "300",
        "ft",
        False,
        Evidence(1, 0, 25, "About three hundred feet"),
        "patient",
    ),
]
GOOD = (
    '{"subjective": "Reports knee pain 4/10.", "objective": "Ambulated 300 ft.", '
    '"assessment": "Progressing toward goals.", "plan": "Continue plan of care."}'
)


class Recording(FakeListChatModel):
    """Langchain's fake chat model that keeps the messages it was sent."""

    sent: list[list[BaseMessage]] = []

    def invoke(self, input: Any, *args: Any, **kwargs: Any) -> Any:
        self.sent.append(list(input))
        return super().invoke(input, *args, **kwargs)


class Unreachable(FakeListChatModel):
    def invoke(self, input: Any, *args: Any, **kwargs: Any) -> Any:
        raise ConnectionError("connection refused by llm.example:11434")


def _prose(model: FakeListChatModel) -> dict[str, str]:
    return prose(model, discipline="PT", note_type="daily", facts=FACTS, segments=SEGMENTS)


def test_the_answer_is_the_four_sections_and_the_prompt_carries_the_facts() -> None:
    model = Recording(responses=[GOOD], sent=[])
    written = _prose(model)
    assert written == NoteProse.model_validate_json(GOOD).model_dump()
    assert tuple(written) == SECTIONS
    (message,) = model.sent[0]
    text = str(message.content)
    assert "PT daily note" in text
    assert '"value": "300"' in text and '"unit": "ft"' in text
    assert "[patient] About three hundred feet" in text
    assert "{facts}" not in text and "{transcript}" not in text


# (the model's answer, what the reason says)
BAD = [
    ("Sure! Here is the note: the patient walked 300 feet.", "not the note's JSON"),
    ('{"subjective": "Reports knee pain 4/10.", "objective": "Ambulated 300 ft."}', "not the note's JSON"),
    (GOOD[:-1] + ', "billing": "bill 4 units"}', "not the note's JSON"),
    ('{"subjective": 4, "objective": [], "assessment": null, "plan": "x"}', "not the note's JSON"),
    ("", "not the note's JSON"),
]


@pytest.mark.parametrize(("answer", "reason"), BAD)
def test_an_answer_that_is_not_the_notes_json_is_refused(answer: str, reason: str) -> None:
    with pytest.raises(LlmUnavailable) as refused:
        _prose(FakeListChatModel(responses=[answer]))
    assert reason in str(refused.value)
    assert "300" not in str(refused.value) and "knee" not in str(refused.value)


def test_a_model_that_cannot_be_reached_names_the_failure_only() -> None:
    with pytest.raises(LlmUnavailable) as refused:
        _prose(Unreachable(responses=[GOOD]))
    assert str(refused.value) == "the model could not be reached (ConnectionError)"
