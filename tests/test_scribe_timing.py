"""How long a service ran when it was not said as "N minutes of X": read off the clock, said in pieces
that add up, said of "that part" of the visit, or said on the thing the activity used. Phrasings here are
our own, written apart from any evaluation session."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scribe.services import find
from scribe.timing import clock_span, on_prop, pieces, pieces_summed, times_each
from scribe.transcript import Segment

T = "therapist"


def minutes(*said: tuple[str, str], discipline: str = "PT") -> dict[str, int]:
    segments = [Segment(i, i * 5.0, i * 5.0 + 4.0, who, text) for i, (who, text) in enumerate(said)]
    return find(segments, discipline=discipline, note_type="daily").minutes


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Ultrasound went on at 9:05 and came off at 9:13.", 8),
        ("She was on the NuStep from 3:50 to 4:08.", 18),
        ("We did the mobs between 12:55 and 1:07.", 12),
        ("Bike from ten past till twenty-five past.", 15),
        ("We were on the stairs from a quarter to until five past.", 20),
        ("Manual at 2:10.", None),
        ("Gait at 1:00, balance at 1:20 and manual at 1:40.", None),
        ("Ten to twelve reps on the leg press.", None),
    ],
)
def test_a_span_is_read_between_two_clock_times(sentence: str, span: int | None) -> None:
    found = clock_span(sentence)
    assert (found.minutes if found else None) == span


@given(st.integers(1, 12), st.integers(0, 59), st.integers(1, 90))
def test_a_span_is_the_minutes_between_its_times_across_noon(hour: int, minute: int, length: int) -> None:
    later = (hour % 12) * 60 + minute + length
    end_hour, end_minute = divmod(later, 60)
    sentence = f"Manual from {hour}:{minute:02d} to {(end_hour - 1) % 12 + 1}:{end_minute:02d}."
    found = clock_span(sentence)
    assert found is not None and found.minutes == length


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the service begun at the first time owns the span, not the one switched to at the later time
        (
            [
                (
                    T,
                    "I started the joint mobs at 10:40, grade three on the talus, and moved on to the bike at 10:51.",
                )
            ],
            {"97140": 11},
        ),
        # the service named between the two times
        ([(T, "From ten past, the NuStep and then the leg press, till twenty-five past.")], {"97110": 15}),
        # the service named after them
        ([(T, "We went from a quarter to until five past on the wobble board.")], {"97112": 20}),
        # a clause with times and no service leans on the services listed before it
        ([(T, "Next the fine motor: the pegboard and the tweezers game, 1:05 to 1:19.")], {"97530": 14}),
        # the same span said again is the same block, not a second one
        (
            [
                (T, "The bike ran from ten past to twenty-five past."),
                ("patient", "Felt like five."),
                (T, "I had you on the bike from ten past till twenty-five past."),
            ],
            {"97110": 15},
        ),
    ],
)
def test_a_clock_span_goes_to_the_service_it_timed(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said) == expected


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("Round one three minutes, then four, then another four.", 11),
        ("First interval was five minutes and then six.", 11),
        ("Two minutes, two minutes, and another two.", 6),
        ("Ten minutes, then five reps of bridges.", None),
        ("Ther ex ten minutes, then five minutes of manual.", None),
        ("Three sets of ten, then five.", None),
        ("Twelve, no, fourteen minutes.", None),
        # the figure said once more for the note, bare at the end: the same minutes, not a second piece
        ("The bike came to about eleven minutes, eleven.", None),
        ("Mobs were nine minutes, nine!", None),
        ("Eight minutes, eight, and then another eight.", 24),
        # one block either side of an interruption
        ("The bike was five before the phone call and seven after.", 12),
        ("Eight minutes before the interruption and another six after it.", 14),
        ("Manual, ten before the fire alarm and four once we got back.", 14),
        # a measure taken before and after is no block
        ("Pain was four before the exercise and two after.", None),
        ("She did ten reps before the rest and eight after.", None),
        ("Sats were ninety-four before the walk and ninety after.", None),
    ],
)
def test_minutes_said_in_pieces_add_up(sentence: str, total: int | None) -> None:
    found = pieces(sentence)
    assert (found[0].minutes if found else None) == total


@given(st.lists(st.integers(1, 15), min_size=2, max_size=5))
def test_pieces_keep_every_position_and_sum(parts: list[int]) -> None:
    sentence = f"First bout {parts[0]} minutes" + "".join(f", then {p}" for p in parts[1:]) + "."
    summed = pieces_summed(sentence)
    assert len(summed) == len(sentence)
    assert summed.startswith(f"First bout {sum(parts)} minutes")


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # pieces of one service, named in the sentence before
        (
            [(T, "Then the elliptical, short bouts. Three minutes, then four, then another three.")],
            {"97110": 10},
        ),
        # another block of the same service after an interruption adds to it
        (
            [
                (T, "Side planks first, that's four minutes on the side planks."),
                ("patient", "Can I get water?"),
                (T, "Sure, I paused the timer. Another six minutes on the bird dogs."),
            ],
            {"97110": 10},
        ),
        # "that part" is the stretch since the last minutes, what most of it was
        (
            [
                (T, "Upper body dressing first, that was eight minutes."),
                (T, "Now the toileting, then the grooming at the sink, then the transfer back to the chair."),
                (T, "That part was eleven minutes."),
            ],
            {"97535": 19},
        ),
        # minutes on the thing an activity was named with are that activity's
        (
            [(T, "Then functional reaching with the beanbags overhead. Seven minutes on the beanbags.")],
            {"97530": 7},
        ),
        # services named by their equipment
        ([(T, "Rocker board and then the BOSU, twelve minutes.")], {"97112": 12}),
        ([(T, "Clothespins and the pegboard were ten minutes.")], {"97530": 10}),
        ([(T, "Dead bugs, bird dogs and the stability ball, fourteen minutes.")], {"97110": 14}),
    ],
)
def test_minutes_said_in_pieces_or_of_a_part_or_on_a_prop(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said, discipline="OT" if "dressing" in said[0][1] else "PT") == expected


@pytest.mark.parametrize(
    "said",
    [
        "Six-minute walk test today, 310 meters, and the dizziness came on at about three minutes.",
        "Her knee pain started after four minutes on the two-minute step test.",
    ],
)
def test_a_test_s_name_or_a_symptom_s_onset_is_no_service_time(said: str) -> None:
    assert minutes((T, said)) == {}


def test_the_prop_a_clause_of_minutes_was_spent_on() -> None:
    assert on_prop("Nine minutes on the beanbags.") == "beanbags"
    assert on_prop("nine minutes of gait") is None


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # time out of a block said inside its clock span is off the span, and is no service's minutes
        (
            [(T, "The pulleys and the wand ran 1:40 to 2:05, less an eight minute call from the school.")],
            {"97110": 17},
        ),
        ([(T, "Balance on the foam from 9:10 till 9:34, minus the four she stepped out.")], {"97112": 20}),
        (
            [(T, "Manual from ten past to twenty-five to, and we lost five minutes to the fire drill.")],
            {"97140": 20},
        ),
        ([(T, "Gait work went 4:02 to 4:26 with a six-minute bathroom break.")], {"97116": 18}),
        # a break's minutes never become a service of their own
        ([(T, "Ten minutes of ther ex, then a five minute break for water.")], {"97110": 10}),
    ],
)
def test_time_out_of_a_clocked_block_is_off_its_minutes(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said) == expected


@settings(deadline=None)
@given(
    start=st.integers(0, 29),
    length=st.integers(10, 30),
    off=st.integers(1, 9),
    how=st.sampled_from(
        ["less a {} minute phone call", "minus the {} she was out", "with a {} minute break"]
    ),
)
def test_a_clocked_block_is_its_span_less_its_breaks(start: int, length: int, off: int, how: str) -> None:
    sentence = f"Manual on the shoulder from 10:{start:02d} to 10:{start + length:02d}, {how.format(off)}."
    assert minutes((T, sentence)) == {"97140": length - off}


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a block opened in one turn and closed in a later one, with time out said at the close
        (
            [
                (T, "Okay, we kicked off the bridges and the clamshells at 11:02."),
                ("patient", "Hang on, my daughter's calling."),
                (T, "Go ahead, I'll hold the timer."),
                (T, "Alright, done with the clamshells at 11:24, less the three minutes on the phone."),
            ],
            {"97110": 19},
        ),
        # closed with no break said: the whole span
        (
            [
                (T, "She hopped on the treadmill at 3:48 for the gait work."),
                ("patient", "This incline is steep."),
                (T, "She came off the treadmill at 4:01."),
            ],
            {"97116": 13},
        ),
        # a time said once, with nothing closing it, is no block
        ([(T, "We started the manual at 1:15."), ("patient", "Feels good.")], {}),
    ],
)
def test_a_block_timed_across_turns_is_the_span_less_its_breaks(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said) == expected


# A wall clock said in words (#17): read as the clock, never where the words measure something.
@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("We got going at three-fifty.", {"three-fifty": "3:50"}),
        ("It's four-oh-two, good.", {"four-oh-two": "4:02"}),
        (
            "from twenty past eleven to eleven forty-five",
            {"twenty past eleven": "11:20", "eleven forty-five": "11:45"},
        ),
        ("at a quarter to one", {"a quarter to one": "12:45"}),
        # no clock lead, or a sentence about degrees or a count: the words stay
        ("Knee flexion at one-twenty today.", {}),
        ("We did two twenty-minute bouts.", {}),
        ("Eight thirty-five reps, no.", {}),
        ("She has three fifteen second holds.", {}),
    ],
)
def test_a_clock_said_in_words_is_read_as_the_clock(said: str, read: dict[str, str]) -> None:
    from scribe.timing import clocks_read

    expected = said
    for words, clock in read.items():
        expected = expected.replace(words, clock.ljust(len(words)))
    assert clocks_read(said) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            [
                (T, "The recumbent bike now. We got on at four-fifty-one."),
                ("patient", "Slow please."),
                (T, "Okay, it's five-oh-four, step off."),
            ],
            {"97110": 13},
        ),
        (
            [
                (T, "Now the kitchen tasks, making the tea, we started at eleven-twenty."),
                ("patient", "The kettle is heavy."),
                (T, "It's eleven thirty-one, that's enough in the kitchen."),
            ],
            {"97530": 11},
        ),
        (
            [(T, "Gait training from ten past nine till nine twenty-two.")],
            {"97116": 12},
        ),
        # a clock read with nothing said to end the block ends nothing
        (
            [
                (T, "Gait in the hall, we started at two-ten."),
                ("patient", "Is my ride here?"),
                (T, "It's two-twenty, your daughter said three."),
            ],
            {},
        ),
    ],
)
def test_a_block_timed_by_a_clock_said_in_words(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said) == expected


@pytest.mark.parametrize(
    ("sentence", "total"),
    [
        ("The weights, eight minutes, and then another four on the cable column.", 12),
        ("Ther ex was seven minutes and another six with the yellow band.", 13),
        # another service's thing is another service's minutes
        ("Ther ex seven minutes and then another six on the manual table mobs.", None),
        # no "another": the thing may start a new block
        ("The bike eight minutes and then five with the ball.", None),
    ],
)
def test_another_piece_said_on_a_thing_is_more_of_the_same_service(sentence: str, total: int | None) -> None:
    from scribe.services import _codes_named

    runs = pieces(sentence, _codes_named)
    assert (runs[0].minutes if runs else None) == total


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the clock read as a block begins ("first", "let's start"), then read as it ends, turns apart
        (
            [
                (T, "Manual first, I've got ten-oh-five on the clock."),
                ("patient", "Okay."),
                (T, "It's ten-seventeen, done with the manual."),
            ],
            {"97140": 12},
        ),
        (
            [
                (T, "It's 2:10, let's start the bike."),
                ("patient", "Level three?"),
                (T, "Okay it's 2:24, hop off the bike."),
            ],
            {"97110": 14},
        ),
        (
            [
                (T, "Gait training, first lap, I have one-fifty by my watch."),
                (T, "It's two-oh-two, done with the walking."),
            ],
            {"97116": 12},
        ),
        # a clock read while the block runs does not restart it
        (
            [
                (T, "We started the rows at 3:05."),
                (T, "It's 3:15, keep going."),
                (T, "Done with the rows at 3:26."),
            ],
            {"97110": 21},
        ),
        # a clock read with no block begun or ended times nothing
        ([(T, "It's ten-forty, your ride is at eleven."), (T, "Ther ex twelve minutes.")], {"97110": 12}),
    ],
)
def test_a_block_opened_by_reading_the_clock_and_closed_in_a_later_turn(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said) == expected


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("we sat three times, two minutes each, for her sats", "we sat 6 minutes"),
        ("she rested twice, four minutes apiece", "she rested 8 minutes"),
        ("the treadmill, three bouts of five minutes each", "the treadmill, 15 minutes"),
        # a count said with no minutes of each, or reps, is left as said
        ("three times a day, ten reps each", "three times a day, ten reps each"),
        ("four rounds on the bike", "four rounds on the bike"),
    ],
)
def test_equal_blocks_are_read_as_their_minutes(sentence: str, read: str) -> None:
    written = times_each(sentence)
    assert len(written) == len(sentence)
    assert " ".join(written.split()).startswith(read)


@given(count=st.integers(2, 6), each=st.integers(1, 10))
def test_equal_blocks_keep_every_position_and_multiply(count: int, each: int) -> None:
    sentence = f"Gait, {count} bouts, {each} minutes each, then the bike."
    written = times_each(sentence)
    assert len(written) == len(sentence) and written.endswith(", then the bike.")
    assert f"{count * each} minutes" in written


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # Two wall-clock times joined by "until" are a span, with no "from" before the first; in a recap
        # the clause that names its service and both times is that service's.
        (
            "For the note: manual ten past two until twenty-five past two, the exercise fourteen.",
            {"97140": 15, "97110": 14},
        ),
        ("Bike ten-fifteen until ten-thirty.", {"97110": 15}),
        # a count said "until" another is no clock
        ("Sit to stands, sets of ten until twenty, ther ex twelve minutes.", {"97110": 12}),
    ],
)
def test_a_span_said_with_until_and_no_lead(said: str, expected: dict[str, int]) -> None:
    assert minutes((T, said)) == expected
