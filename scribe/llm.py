"""An optional language model writes the prose of the draft from the extracted facts (langchain).

Its answer is structured (JSON parsed into NoteProse), then checked by the grounding guard; on any
failure (no answer, bad JSON, a number not in the transcript) the offline drafter's note stands.
"""

import json

from langchain_core.exceptions import OutputParserException
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage
from langchain_core.output_parsers import PydanticOutputParser
from pydantic import BaseModel, ConfigDict

from prompts import ROOT as PROMPTS
from scribe.extract import Fact
from scribe.transcript import Segment


class NoteProse(BaseModel):
    model_config = ConfigDict(extra="forbid")

    subjective: str
    objective: str
    assessment: str
    plan: str


class LlmUnavailable(RuntimeError):
    """The model gave no usable answer; the reason names the failure, never the note's content."""


def prose(
    model: BaseChatModel, *, discipline: str, note_type: str, facts: list[Fact], segments: list[Segment]
) -> dict[str, str]:
    template = (PROMPTS / "llm" / "draft_note.md").read_text()
    fact_lines = json.dumps(
        [
            {"kind": f.kind, "text": f.text, "value": f.value, "unit": f.unit, "negated": f.negated}
            for f in facts
        ],
        indent=1,
    )
    transcript = "\n".join(f"[{s.speaker}] {s.text}" for s in segments)
    message = template.format(
        discipline=discipline, note_type=note_type, facts=fact_lines, transcript=transcript
    )
    try:
        reply = model.invoke([HumanMessage(content=message)])
        parsed = PydanticOutputParser(pydantic_object=NoteProse).parse(str(reply.content))
    except OutputParserException as exc:
        raise LlmUnavailable("the model's answer was not the note's JSON") from exc
    except Exception as exc:  # a server down, a timeout: the offline note stands
        raise LlmUnavailable(f"the model could not be reached ({type(exc).__name__})") from exc
    return parsed.model_dump()
