"""Nothing is recorded, nor the patient's consent taken, before the visit's day (#20), whatever the
appointment's status says. 8fad35b let a visit whose appointment is marked completed record at any
time, so that two test files could record on a clock left behind the visit's day; the status is set
completed only on or after the day by the app (core.visits.service.mark_kept), but an import from the
clinic's old system may bring an appointment completed ahead of its day (core.migration.importer warns
and lets it in), and a therapist could then record, or take consent for, a visit the patient has not
come to. The rule is one again: the visit's day (core.visits.service.visit_ahead). Table-driven through
the services (may_record and consent_wait, which the API and the pages ask), on SQLite and PostgreSQL."""

import pytest
from conftest import Practice
from scheduling_helpers import provider_actor
from sqlalchemy import text
from test_visit_ahead_54_review import _opened_ahead
from test_visit_day import _visit_day, follow_up_provider

from core.errors import Conflict
from core.recordings import service as recordings
from core.timeutil import clock_at
from core.visits.models import Visit

DEMO_SIZE = "tiny"

# (the appointment's status once its visit is opened ahead, when it is asked, the kind of recording)
# -> refused as before the visit's day
ROWS = [
    # an appointment completed ahead of its day (as imported): refused, as any visit ahead
    (("completed", "evening_before", "live"), True),
    (("completed", "evening_before", "dictation"), True),
    (("completed", "evening_before", "upload"), True),
    # must not change: a visit opened ahead, its appointment booked
    (("booked", "evening_before", "dictation"), True),
    # must not change: on its day, recorded whatever the status
    (("completed", "starts", "dictation"), False),
    (("booked", "starts", "dictation"), False),
    (("completed", "first_minute", "dictation"), False),
]


@pytest.mark.parametrize(("asked", "refused"), ROWS)
def test_a_recording_waits_for_the_visits_day(
    practice: Practice, asked: tuple[str, str, str], refused: bool
) -> None:
    status, when, kind = asked
    appointment, visit_id, _ = _opened_ahead(practice)
    starts, evening_before, first_minute = _visit_day(practice, appointment)
    moment = {"starts": starts, "evening_before": evening_before, "first_minute": first_minute}[when]
    with practice.session() as session:
        session.execute(
            text("UPDATE appointment SET status = :s WHERE id = :a"), {"s": status, "a": appointment}
        )
        session.commit()
    actor = provider_actor(practice, follow_up_provider(practice, appointment))
    with practice.session() as session, clock_at(moment):
        if refused:
            with pytest.raises(Conflict, match="recording, signing and billing wait until that day"):
                recordings.may_record(session, actor=actor, visit_id=visit_id, kind=kind)
        else:
            assert recordings.may_record(session, actor=actor, visit_id=visit_id, kind=kind).id == visit_id
        visit = session.get(Visit, visit_id)
        assert visit is not None
        # the patient's consent waits for the day as the recording does
        assert (recordings.consent_wait(session, visit) is not None) is refused
