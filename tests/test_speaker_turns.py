"""Turns are cut where the speaker changes, not only at pauses: on a real two-person recording (two
women, who-spoke-when known) and on spoken sessions; one voice stays one voice."""

from pathlib import Path

from core.config import corpora_dir, get_settings
from evals.speech import generate
from evals.speech_metrics import diarization_accuracy, read_stm, speaker_accuracy
from scribe import speakers
from scribe.pipeline import load_file, transcribe_audio
from scribe.stt import recognizer, vocabulary_prompt
from scribe.vad import speech_regions

REAL = corpora_dir() / "real-speech"


def _recognizer():  # type: ignore[no-untyped-def]
    settings = get_settings().model_copy(update={"stt_model": "tiny.en", "stt_beam_size": 1})
    return recognizer(settings), settings


def test_a_real_conversation_without_pauses_is_cut_into_its_turns() -> None:
    engine, settings = _recognizer()
    audio = load_file(REAL / "sample.wav", settings)
    regions = speech_regions(audio)
    cut = speakers.split_at_changes(audio, regions)
    assert len(cut) >= len(regions) + 3  # the talk runs on with no pause between four of its turns
    result = transcribe_audio(audio, engine, prompt=vocabulary_prompt())
    segments = result["segments"]
    assert len(segments) >= 4 and len({s["speaker"] for s in segments}) == 2, segments
    # Was one 23-second segment, one voice: 0.48 of the talk time right; the two voices now 0.8.
    assert diarization_accuracy(read_stm(REAL / "sample.stm"), segments) >= 0.75


def test_one_voice_is_never_cut_into_two(tmp_path: Path) -> None:
    lines = [
        "Patient seen for a left total knee, post op week six.",
        "Knee flexion one hundred twelve degrees, extension minus five.",
        "Therapeutic exercise twenty three minutes, bike, step ups and quad sets.",
        "Manual therapy twelve minutes, patellar mobilization and soft tissue.",
        "Tolerated well, pain three out of ten after. Continue twice a week for three weeks.",
        "Next visit progress step downs off the four inch box.",
    ]
    session = {"transcript": {"segments": [{"speaker": "therapist", "text": t} for t in lines]}}
    generate(session, tmp_path / "dictation.wav")
    engine, settings = _recognizer()
    audio = load_file(tmp_path / "dictation.wav", settings)
    assert len(speakers.split_at_changes(audio, speech_regions(audio))) == len(speech_regions(audio))
    result = transcribe_audio(audio, engine, prompt=vocabulary_prompt())
    assert {s["speaker"] for s in result["segments"]} == {"therapist"}


def test_two_espeak_voices_keep_their_roles_turn_by_turn(tmp_path: Path) -> None:
    session = {
        "transcript": {
            "segments": [
                {"speaker": "therapist", "text": "How is the knee today, any swelling or calf pain?"},
                {"speaker": "patient", "text": "No calf pain. It swells a little by dinner but it is fine."},
                {"speaker": "therapist", "text": "Good. Let's do ten minutes on the bike, then step ups."},
                {"speaker": "patient", "text": "The bike is my favourite part, honestly."},
                {"speaker": "therapist", "text": "So twelve minutes of manual and ten on the bike today."},
            ]
        }
    }
    truth = generate(session, tmp_path / "two.wav")
    engine, settings = _recognizer()
    result = transcribe_audio(load_file(tmp_path / "two.wav", settings), engine, prompt=vocabulary_prompt())
    share, words = speaker_accuracy(truth["transcript"]["segments"], result["segments"])
    assert words > 30 and share >= 0.9, result["segments"]
    assert [s["speaker"] for s in result["segments"]][:2] == ["therapist", "patient"]


def test_runs_shorter_than_a_turn_join_their_neighbours() -> None:
    # Voice 0 for 2 s, a 0.5 s flicker of voice 1, voice 0 again, then voice 1 for 2 s: one cut.
    labels = [0] * 8 + [1] * 2 + [0] * 8 + [1] * 8
    assert [(v, a) for v, a, _ in speakers._runs_of(labels)] == [(0, 0), (1, 18)]


_PLAIN = "the cups go on the counter now "  # seven words no rule counts as clinical


def _turns(*said: tuple[str, str]) -> tuple[list[int], list[speakers.Turn]]:
    voices = sorted({who for who, _ in said})
    return [voices.index(who) for who, _ in said], [
        speakers.Turn(i, i + 1, text) for i, (_, text) in enumerate(said)
    ]


NAMING = [
    # (turns as (true role, text), why)
    (
        [
            (
                "therapist",
                _PLAIN * 10 + "minutes of therapeutic activities, any pain? progress, walker, plan",
            ),
            ("patient", "is that good? when can I drive? any chance? " + _PLAIN * 3),
            (
                "therapist",
                _PLAIN * 18 + "score? measured, assessment, good, session, next, relax, any, try, stretch",
            ),
        ],
        "a therapist much heard with few clinical words the rules know, a patient heard little who asks",
    ),
    (
        [
            ("therapist", _PLAIN * 3 + "rate it zero to ten, range of motion, flexion, strength, plan"),
            ("caregiver", "she says the plan was fine? " + _PLAIN * 4),
            ("patient", "my knee hurts when I climb " + _PLAIN * 2),
        ],
        "a caregiver's one 'plan' does not outweigh the therapist's clinical talk",
    ),
    (
        [
            ("therapist", _PLAIN * 20 + "swallow, hold, ten reps, good, level five, thirty minutes, plan"),
            ("patient", "Thirty minutes, okay. Hold? Good."),
            ("therapist", _PLAIN * 20 + "effortful swallow, three times a day, weekly"),
            ("caregiver", "Should we think about a feeding tube? " + _PLAIN),
            ("patient", "Is that good? Can I still have my coffee?"),
        ],
        "a patient heard for a few words that echo the clinician is not the clinician",
    ),
    (
        [
            ("therapist", "So your surgeon sent you over after the release, which finger was it? " + _PLAIN),
            ("patient", "Right ring finger, the stitches came out Friday, I push on it and it's sore."),
            ("therapist", "Make a fist for me, you're about a centimeter from the palm. " + _PLAIN),
            ("patient", "Do I need a splint? My neighbor had one after hers."),
            ("therapist", "No, you need to move it, we'll do the glides every two hours. " + _PLAIN),
            ("patient", "Every two hours? I can set my phone."),
            ("therapist", "Let's see you once a week. " + _PLAIN),
        ],
        "a clinician whose clinical words were garbled still talks to the patient, who asks about themself",
    ),
    (
        [
            ("therapist", "Any headaches or changes in your vision? " + _PLAIN * 3 + "plan, strength"),
            ("caregiver", "Yes, I'll answer what she can't, she gets tired."),
            ("patient", "No headache, the doctor checked, he said it was fine."),
            ("therapist", "Does she bump into things on her left side? " + _PLAIN * 2),
            ("caregiver", "She ran into the door frame twice this week, and I think she hit her arm."),
            ("patient", "No, nothing like that, the nurse asked the same and she wrote it down."),
            ("caregiver", "I told her not to, but she grabs the towel bar when I am not there, I know."),
        ],
        "a caregiver who also says 'I' speaks of the patient; a quiet patient who never says 'I' is the patient",
    ),
]


def test_the_therapist_is_the_voice_whose_talk_is_clinical() -> None:
    for said, why in NAMING:
        labels, turns = _turns(*said)
        names = speakers.name_clusters(labels, turns, [None] * len(turns))
        assert [names[label] for label in labels] == [who for who, _ in said], why
