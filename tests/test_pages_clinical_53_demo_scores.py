"""The demo's Berg and LEFS scores are whole numbers (#20, a new user's trial: the chart read 'Berg
20.2 -> 21.2', a score no form can give: Berg is 14 items scored 0-4, LEFS 20 items scored 0-4). The
other measures keep their tenths (TUG in seconds; ODI and QuickDASH as the demo draws them); the chart
and review page print a score with %g, so a whole score reads whole."""

from sqlalchemy import text

from core.demo import data

DEMO_SIZE = "tiny"


def _scores(practice) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[float]] = {}
    with practice.engine.connect() as conn:
        for measure, score in conn.execute(text("SELECT measure, score FROM outcome_measure_result")):
            found.setdefault(measure, []).append(float(score))
    return found


def test_berg_and_lefs_are_whole_and_the_others_keep_their_tenths(practice) -> None:  # type: ignore[no-untyped-def]
    assert {"Berg", "LEFS"} == data.WHOLE_SCORES
    scores = _scores(practice)
    for measure in ("Berg", "LEFS"):
        assert scores[measure], measure
        assert all(s == int(s) for s in scores[measure]), (measure, scores[measure])
        assert all(
            0 <= s <= top for s in scores[measure] for m, top, _ in data.MEASURES["PT"] if m == measure
        )
    # must not change: TUG (seconds) keeps its tenths
    assert any(s != int(s) for s in scores["TUG"]), scores["TUG"]
