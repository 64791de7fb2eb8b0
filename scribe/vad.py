"""Voice activity: where in a recording someone speaks (Silero VAD, whose model ships in its package)."""

import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from scribe.audio import SAMPLE_RATE, Audio

if TYPE_CHECKING:
    from silero_vad.utils_vad import OnnxWrapper


@dataclass(frozen=True)
class Region:
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


@lru_cache(maxsize=1)
def _model() -> "OnnxWrapper":
    from silero_vad import load_silero_vad

    # The package's ONNX copy of the model: half the time of its TorchScript one on these CPUs
    # (5 s against 11 s for a 10-minute session), the same regions.
    return load_silero_vad(onnx=True)


# The model keeps state between calls: one caller at a time.
_lock = threading.Lock()


def speech_regions(audio: Audio, *, min_silence_ms: int = 300, pad_ms: int = 120) -> list[Region]:
    """Speech regions in seconds, in order; a pause shorter than `min_silence_ms` does not split one."""
    if audio.size < SAMPLE_RATE // 10:
        return []
    import torch
    from silero_vad import get_speech_timestamps

    with _lock:
        found = get_speech_timestamps(
            torch.from_numpy(np.ascontiguousarray(audio, dtype=np.float32)),
            _model(),
            sampling_rate=SAMPLE_RATE,
            min_silence_duration_ms=min_silence_ms,
            speech_pad_ms=pad_ms,
        )
    return [Region(item["start"] / SAMPLE_RATE, item["end"] / SAMPLE_RATE) for item in found]


def windows(regions: list[Region], *, longest: float = 28.0) -> list[list[Region]]:
    """Consecutive regions grouped into windows no longer than `longest` seconds (Whisper reads 30);
    a single stretch of talk longer than that is cut into pieces that fit."""
    grouped: list[list[Region]] = []
    for region in regions:
        parts = [region]
        if region.length > longest:
            starts = np.arange(region.start, region.end, longest)
            parts = [Region(float(a), float(min(a + longest, region.end))) for a in starts]
        for part in parts:
            if grouped and part.end - grouped[-1][0].start <= longest:
                grouped[-1].append(part)
            else:
                grouped.append([part])
    return grouped
