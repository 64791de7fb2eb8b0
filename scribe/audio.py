"""Audio intake: any recording a clinic sends (wav, mp3, m4a, webm/opus, ogg, flac, raw 16-bit PCM)
decoded to what the speech models take, 16 kHz mono float32, or a clear reason why not."""

from pathlib import Path

import av
import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000
# What every speech model here takes: mono samples in [-1, 1] at SAMPLE_RATE.
Audio = npt.NDArray[np.float32]
# Decoder output before scaling: signed 16-bit samples, as ffmpeg's "s16" resampler gives them.
Pcm16 = npt.NDArray[np.int16]
# Below this level (dBFS of the loudest 50 ms) a recording holds no speech a person could hear.
_SILENCE_DBFS = -55.0


class AudioError(ValueError):
    """A recording that cannot be used; the message says what is wrong and never quotes its content."""


def _resampled(frames: list[Pcm16]) -> Audio:
    if not frames:
        return np.zeros(0, dtype=np.float32)
    audio = np.concatenate(frames, axis=-1).reshape(-1).astype(np.float32)
    audio /= 32768.0
    return audio


def _wav_shortfall(source: Path) -> bool:
    """A RIFF/WAVE file whose data chunk holds fewer bytes than its header declares (ffmpeg would
    silently decode what is there)."""
    with source.open("rb") as stream:
        head = stream.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return False
        while chunk := stream.read(8):
            if len(chunk) < 8:
                return True
            size = int.from_bytes(chunk[4:], "little")
            if chunk[:4] == b"data":
                remaining = source.stat().st_size - stream.tell()
                return size not in (0, 0xFFFFFFFF) and remaining < size
            stream.seek(size + size % 2, 1)
    return False


def decode(source: Path, *, max_seconds: float, partial_ok: bool = False) -> Audio:
    """The recording as 16 kHz mono float32 in [-1, 1].

    `partial_ok` is for a live recording still being written: its last chunk may be incomplete, and
    what decodes before it is kept. A stored upload that stops short of its own header is refused.
    """
    try:
        container = av.open(str(source), mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as exc:
        raise AudioError("not an audio recording this system can read") from exc
    frames: list[Pcm16] = []
    samples = 0
    cut_off = False
    with container:
        if not container.streams.audio:
            raise AudioError("the file holds no audio track")
        stream = container.streams.audio[0]
        declared = float(stream.duration * stream.time_base) if stream.duration and stream.time_base else None
        if declared is None and container.duration:
            declared = container.duration / 1_000_000
        resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    # The "s16" resampler gives int16; the stubs type every sample format at once.
                    array = np.asarray(out.to_ndarray(), dtype=np.int16)
                    frames.append(array)
                    samples += array.shape[-1]
                if samples > max_seconds * SAMPLE_RATE:
                    raise AudioError(f"the recording is longer than the {max_seconds / 60:g}-minute limit")
        except av.error.FFmpegError as exc:
            if not partial_ok:
                cut_off = True
            if not frames and not partial_ok:
                raise AudioError("not an audio recording this system can read") from exc
        for out in resampler.resample(None):
            frames.append(np.asarray(out.to_ndarray(), dtype=np.int16))
    audio = _resampled(frames)
    if not partial_ok and _wav_shortfall(source):
        cut_off = True
    if cut_off or (not partial_ok and declared and audio.size < 0.9 * declared * SAMPLE_RATE - SAMPLE_RATE):
        raise AudioError("the recording is cut off: it ends before its own header says it does")
    return audio


def declared_seconds(source: Path) -> float | None:
    """A stored recording's length as its container's header gives it (read without decoding, for a
    progress count); None where the header says nothing or the file cannot be opened."""
    try:
        with av.open(str(source), mode="r", metadata_errors="ignore") as container:
            if not container.streams.audio:
                return None
            stream = container.streams.audio[0]
            if stream.duration and stream.time_base:
                return float(stream.duration * stream.time_base)
            return container.duration / 1_000_000 if container.duration else None
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError, OSError):
        return None


def decode_pcm16(raw: bytes, *, sample_rate: int) -> Audio:
    """Little-endian 16-bit mono PCM (what a browser's AudioWorklet sends) at 16 kHz float32."""
    usable = len(raw) - len(raw) % 2
    audio = np.frombuffer(raw[:usable], dtype="<i2").astype(np.float32)
    audio /= 32768.0
    if sample_rate == SAMPLE_RATE or audio.size == 0:
        return audio
    from math import gcd

    from scipy.signal import resample_poly

    g = gcd(sample_rate, SAMPLE_RATE)
    resampled: Audio = np.asarray(resample_poly(audio, SAMPLE_RATE // g, sample_rate // g), dtype=np.float32)
    return resampled


def loudest_dbfs(audio: Audio) -> float:
    """The level of the loudest 50 ms window, in dB below full scale."""
    window = SAMPLE_RATE // 20
    if audio.size < window:
        return -120.0 if audio.size == 0 else 20 * np.log10(max(float(np.sqrt(np.mean(audio**2))), 1e-6))
    usable = audio[: audio.size - audio.size % window].reshape(-1, window)
    rms = np.sqrt(np.mean(usable.astype(np.float64) ** 2, axis=1))
    return float(20 * np.log10(max(float(rms.max()), 1e-6)))


def check_usable(audio: Audio) -> None:
    """Refuse a recording with nothing to transcribe, before any model runs."""
    if audio.size == 0:
        raise AudioError("the recording is empty")
    if audio.size < SAMPLE_RATE // 2:
        raise AudioError("the recording is shorter than half a second")
    if loudest_dbfs(audio) < _SILENCE_DBFS:
        raise AudioError("the recording is silent: no speech was found")
