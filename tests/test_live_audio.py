"""Live recordings: a WebM decoded as its chunks are acknowledged gives the same audio as the file
decoded whole, and each piece is prompted with the words heard before it."""

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from audio_helpers import short_clip, to_webm

from scribe.audio import SAMPLE_RATE, decode
from scribe.live_audio import LiveDecoder, LiveDecoders
from scribe.pipeline import with_context


@pytest.fixture(scope="module")
def webm(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    wav, _ = short_clip(tmp_path_factory.mktemp("live-audio"))
    return to_webm(wav).read_bytes()


def _arrive(path: Path, data: bytes, on_ack, size: int = 3000) -> None:  # type: ignore[no-untyped-def]
    """Chunks written and flushed one by one, each acknowledged after it is on disk."""
    with path.open("ab") as out:
        for at in range(0, len(data), size):
            out.write(data[at : at + size])
            out.flush()
            on_ack(min(at + size, len(data)))
            time.sleep(0.002)


def test_decoded_as_it_arrives_equals_the_file_decoded_whole(tmp_path: Path, webm: bytes) -> None:
    path = tmp_path / "1.webm"
    path.write_bytes(b"")
    decoder = LiveDecoder(1, path, 0)
    _arrive(path, webm, decoder.acknowledge)
    decoder.acknowledge(len(webm), complete=True)
    assert decoder.wait_finished()
    whole = decode(path, max_seconds=600)
    assert decoder.seconds() == pytest.approx(whole.size / SAMPLE_RATE)
    assert np.array_equal(decoder.audio_from(0.0), whole)
    assert np.array_equal(decoder.audio_from(2.5), whole[int(2.5 * SAMPLE_RATE) :])


def test_it_never_reads_past_the_acknowledged_bytes(tmp_path: Path, webm: bytes) -> None:
    """Bytes on disk but not acknowledged (a chunk being written, or one a resumed client sends again
    after the file was cut back) are not decoded until they are acknowledged."""
    path = tmp_path / "2.webm"
    half = len(webm) // 2
    path.write_bytes(webm[:half] + b"\x00" * 5000)  # junk after the acknowledged half
    decoder = LiveDecoder(2, path, half)
    time.sleep(1.0)  # time to read past the acknowledged bytes, were it to
    # On a busy machine the decoder's thread may not have decoded anything yet: wait for its first audio.
    deadline = time.monotonic() + 120
    while decoder.seconds() == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    partial = decoder.seconds()
    assert 0 < partial * SAMPLE_RATE < decode(_whole(tmp_path, webm), max_seconds=600).size
    with path.open("r+b") as out:  # cut back to what was acknowledged, the rest written: a resumed stream
        out.truncate(half)
        out.seek(half)
        out.write(webm[half:])
    decoder.acknowledge(len(webm), complete=True)
    assert decoder.wait_finished()
    assert np.array_equal(decoder.audio_from(0.0), decode(path, max_seconds=600))


def _whole(folder: Path, data: bytes) -> Path:
    path = folder / "whole.webm"
    path.write_bytes(data)
    return path


def test_audio_let_go_is_gone_and_the_rest_stays(tmp_path: Path, webm: bytes) -> None:
    path = tmp_path / "3.webm"
    path.write_bytes(webm)
    decoder = LiveDecoder(3, path, len(webm))
    decoder.acknowledge(len(webm), complete=True)
    assert decoder.wait_finished()
    whole = decoder.audio_from(0.0)
    decoder.let_go(4.0)
    with pytest.raises(LookupError):
        decoder.audio_from(0.0)
    assert np.array_equal(decoder.audio_from(5.0), whole[5 * SAMPLE_RATE :])


def test_a_stream_that_is_not_webm_leaves_the_pieces_to_the_file(tmp_path: Path) -> None:
    path = tmp_path / "4.webm"
    path.write_bytes(b"not audio at all" * 400)
    decoders = LiveDecoders()
    decoders.acknowledged(4, path, path.stat().st_size)
    decoders.closed(4, path.stat().st_size)
    deadline = time.monotonic() + 10
    while decoders.get(4) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert decoders.get(4) is None


def test_a_cut_off_last_chunk_keeps_what_decoded_before_it(tmp_path: Path, webm: bytes) -> None:
    path = tmp_path / "5.webm"
    cut = webm[: len(webm) - 700]
    path.write_bytes(b"")
    decoder = LiveDecoder(5, path, 0)
    writer = threading.Thread(target=_arrive, args=(path, cut, decoder.acknowledge))
    writer.start()
    writer.join()
    decoder.acknowledge(len(cut), complete=True)
    assert decoder.wait_finished()
    assert np.array_equal(decoder.audio_from(0.0), decode(path, max_seconds=600, partial_ok=True))


@pytest.mark.parametrize(
    ("prompt", "before", "expected"),
    [
        ("Gait training.", "", "Gait training."),
        (None, "", None),
        (None, "hold it there", "hold it there"),
        ("Gait training.", "  Good,   hold it there. ", "Gait training. Good, hold it there."),
    ],
)
def test_a_piece_is_prompted_with_the_vocabulary_then_the_words_before(prompt, before, expected) -> None:  # type: ignore[no-untyped-def]
    assert with_context(prompt, before) == expected


def test_only_the_last_words_before_go_with_the_prompt() -> None:
    before = " ".join(f"w{i}" for i in range(500))
    words = (with_context("Vocabulary.", before) or "").split()
    assert words[0] == "Vocabulary." and words[-1] == "w499"
    assert 1 < len(words) <= 61  # Whisper keeps only the prompt's last 223 tokens: the newest words last
