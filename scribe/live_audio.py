"""A live WebM/Opus recording decoded as its chunks are acknowledged, once.

Decoding the whole file again for every live piece costs more as the session grows (about 4 s for a
10-minute WebM here, and once more for the final job); one decoder per recording reads each
acknowledged byte once and keeps the 16 kHz audio, so a piece and the final step only take what they
need. Only bytes already acknowledged (on disk, counted in the database) are read: the file may be cut
back to that count when a client resumes, never below it.
"""

import logging
import os
import threading
from io import FileIO
from pathlib import Path

import av
import numpy as np

from scribe.audio import SAMPLE_RATE, Audio, Pcm16

log = logging.getLogger("therascribe.live")

# A final step waits this long for the decoder to read the last bytes before decoding the file itself.
_DRAIN_SECONDS = 10.0
# A recording with no new chunk for this long is let go (its client may never come back).
_IDLE_SECONDS = 1800.0


class _Acknowledged:
    """The recording file as a stream that ends where the acknowledged bytes end; at that end it waits
    for more until the recording is complete. Not seekable, so the demuxer never looks ahead."""

    def __init__(self, path: Path, owner: "LiveDecoder") -> None:
        self._path, self._owner = path, owner
        self._file: FileIO | None = None
        self._at = 0

    def read(self, size: int = -1) -> bytes:
        owner = self._owner
        with owner.changed:
            while self._at >= owner.acked and not owner.complete and not owner.abandoned:
                if not owner.changed.wait(timeout=_IDLE_SECONDS):
                    owner.abandoned = True  # a client gone for good: a resumed stream starts a new one
            if owner.abandoned:
                return b""
            upto = owner.acked
        if self._at >= upto:
            return b""
        if self._file is None:
            # Unbuffered: a buffered reader reads ahead, past the acknowledged bytes, and would serve
            # those bytes from its buffer after the file is cut back and written again.
            self._file = self._path.open("rb", buffering=0)
        want = upto - self._at if size is None or size < 0 else min(size, upto - self._at)
        data = os.pread(self._file.fileno(), want, self._at)
        self._at += len(data)
        return data

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


class LiveDecoder:
    """One live recording's audio, decoded on a thread of its own as bytes are acknowledged."""

    def __init__(self, recording_id: int, path: Path, acked: int) -> None:
        self.recording_id = recording_id
        self.changed = threading.Condition()
        self.acked = acked
        self.complete = False
        self.abandoned = False
        self.finished = False  # the decoder has read every byte it will read
        self.failed = False
        self._parts: list[Pcm16] = []  # int16 at 16 kHz, half the memory of float32
        self._first = 0  # samples dropped from the front (already transcribed and kept)
        self._samples = 0
        self._thread = threading.Thread(
            target=self._run, args=(path,), name=f"live-decode-{recording_id}", daemon=True
        )
        self._thread.start()

    def acknowledge(self, acked: int, *, complete: bool = False) -> None:
        with self.changed:
            self.acked = max(self.acked, acked)
            self.complete = self.complete or complete
            self.changed.notify_all()

    def abandon(self) -> None:
        with self.changed:
            self.abandoned = True
            self.changed.notify_all()

    def seconds(self) -> float:
        with self.changed:
            return self._samples / SAMPLE_RATE

    def audio_from(self, seconds: float) -> Audio:
        """The decoded audio from `seconds` into the recording to what is decoded now (float32)."""
        start = int(round(seconds * SAMPLE_RATE))
        with self.changed:
            if start < self._first:
                raise LookupError("that audio was already let go")
            parts: list[Pcm16] = []
            at = self._first
            for part in self._parts:
                if at + part.size > start:
                    parts.append(part[max(0, start - at) :])
                at += part.size
        if not parts:
            return np.zeros(0, dtype=np.float32)
        audio = np.concatenate(parts).astype(np.float32)
        audio /= 32768.0
        return audio

    def let_go(self, seconds: float) -> None:
        """Audio before `seconds` is transcribed and kept: its memory can go."""
        upto = int(seconds * SAMPLE_RATE)
        with self.changed:
            while self._parts and self._first + self._parts[0].size <= upto:
                self._first += self._parts.pop(0).size

    def wait_finished(self, timeout: float = _DRAIN_SECONDS) -> bool:
        """After `acknowledge(..., complete=True)`: True once every acknowledged byte is decoded."""
        with self.changed:
            self.changed.wait_for(lambda: self.finished, timeout=timeout)
            return self.finished and not self.failed

    def _keep(self, array: Pcm16) -> None:
        with self.changed:
            self._parts.append(array.reshape(-1).copy())
            self._samples += array.size

    def _run(self, path: Path) -> None:
        source = _Acknowledged(path, self)
        try:
            with av.open(source, mode="r", format="webm", metadata_errors="ignore") as container:
                if not container.streams.audio:
                    raise ValueError("no audio track")
                stream = container.streams.audio[0]
                resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)
                try:
                    for frame in container.decode(stream):
                        for out in resampler.resample(frame):
                            self._keep(np.asarray(out.to_ndarray(), dtype=np.int16))  # s16: int16
                except av.error.FFmpegError:
                    # A cut-off last chunk: what decoded before it is the recording, as with a file.
                    log.info("live recording %s: the stream ended in a broken frame", self.recording_id)
                for out in resampler.resample(None):
                    self._keep(np.asarray(out.to_ndarray(), dtype=np.int16))  # s16: int16
        except Exception:  # the pieces and the final job decode the file instead
            log.warning("live recording %s: decoding as it arrives failed", self.recording_id, exc_info=True)
            with self.changed:
                self.failed = True
        finally:
            source.close()
            with self.changed:
                if self.abandoned:
                    self.failed = True
                    self._parts.clear()
                self.finished = True
                self.changed.notify_all()


class LiveDecoders:
    """The process's decoders, one per live WebM recording that is arriving here."""

    def __init__(self) -> None:
        self._decoders: dict[int, LiveDecoder] = {}
        self._lock = threading.Lock()

    def acknowledged(self, recording_id: int, path: Path, acked: int) -> None:
        with self._lock:
            decoder = self._decoders.get(recording_id)
            if decoder is None or decoder.failed:
                decoder = self._decoders[recording_id] = LiveDecoder(recording_id, path, acked)
        decoder.acknowledge(acked)

    def get(self, recording_id: int) -> LiveDecoder | None:
        with self._lock:
            decoder = self._decoders.get(recording_id)
            if decoder is not None and decoder.failed:
                del self._decoders[recording_id]
                return None
        return decoder

    def closed(self, recording_id: int, acked: int) -> None:
        decoder = self.get(recording_id)
        if decoder is not None:
            decoder.acknowledge(acked, complete=True)

    def drop(self, recording_id: int) -> None:
        with self._lock:
            decoder = self._decoders.pop(recording_id, None)
        if decoder is not None:
            decoder.abandon()


decoders = LiveDecoders()
