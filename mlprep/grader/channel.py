"""The parent's side of the result channel: encoding the job, and accepting only well-formed answers.

Everything that comes back is validated here: messages must follow the protocol of `worker.py`, error
descriptions are plain bounded strings, made inert (`inert.py`), and arrays are `.npy` payloads of numeric
dtype, read without pickle. Anything else is a `ProtocolError`.
"""

from __future__ import annotations

import io
import json
import types
from typing import TYPE_CHECKING

from mlprep.grader import worker
from mlprep.grader.inert import inert
from mlprep.grader.model import CallResult
from mlprep.grader.worker import ARRAY, JSON

if TYPE_CHECKING:
    from pathlib import Path

    import numpy as np

    from mlprep.grader.sandbox import Call, Run


class ProtocolError(Exception):
    """The result channel carried something that is not a well-formed answer."""


class ResultReader:
    """Turns frames from the child into `Run` fields, refusing anything off-protocol."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.decoder = worker.FrameDecoder()
        self.done = False
        self._message: dict | None = None
        self._arrays: list = []

    def feed(self, chunk: bytes) -> None:
        try:
            frames = list(self.decoder.feed(chunk))
        except ValueError as exc:
            raise ProtocolError(exc) from None
        for kind, payload in frames:
            if self.done:
                raise ProtocolError("data after the end")
            if kind == JSON:
                self._json(payload)
            elif kind == ARRAY and self._message is not None:
                self._arrays.append(decode_array(payload))
            else:
                raise ProtocolError("unexpected array")
            self._complete()

    def _json(self, payload: bytes) -> None:
        if self._message is not None:
            raise ProtocolError("message before the previous one's arrays")
        try:
            message = json.loads(payload)
        except ValueError:
            raise ProtocolError("invalid JSON") from None
        event = message.get("event") if isinstance(message, dict) else None
        if event == "imported" and not self.run.imported:
            self.run.imported = True
            self.run.import_error = _error(message.get("error"))
        elif event == "done" and self.run.imported:
            self.done = True
        elif event == "result" and self.run.imported and self.run.import_error is None:
            self._message = message
            self._arrays = []
        else:
            raise ProtocolError(f"unexpected message {str(event)[:40]!r}")

    def _complete(self) -> None:
        """Once a result message has all its arrays, turn it into a `CallResult`."""
        message = self._message
        if message is None:
            return
        specs = message.get("outputs")
        if not isinstance(specs, list) or not all(isinstance(spec, dict) for spec in specs):
            raise ProtocolError("outputs is not a list of objects")
        if len(self._arrays) < sum("array" in spec for spec in specs):
            return
        outputs: list = []
        taken = 0
        for spec in specs:
            if "array" in spec:
                if spec["array"] != taken:
                    raise ProtocolError("bad output reference")
                outputs.append(self._arrays[taken])
                taken += 1
            elif isinstance(spec.get("invalid"), str):
                outputs.append(inert(spec["invalid"][: worker.TEXT_LIMIT]))
            else:
                raise ProtocolError("bad output")
        warnings = message.get("warnings")
        seconds = message.get("seconds")
        if not (isinstance(warnings, list) and all(isinstance(w, str) for w in warnings)):
            raise ProtocolError("bad warnings")
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
            raise ProtocolError("bad timing")
        warnings = [inert(w[: worker.TEXT_LIMIT]) for w in warnings]
        mutated = message.get("mutated", [])
        if not (
            isinstance(mutated, list)
            and len(mutated) <= 64
            and all(isinstance(k, (int, str)) and not isinstance(k, bool) and len(str(k)) <= 100 for k in mutated)
        ):
            raise ProtocolError("bad list of changed arguments")
        error = _error(message.get("error"))
        self.run.results.append(CallResult(outputs, error, warnings, float(seconds), mutated))
        self._message = None


def _error(value: object) -> dict | None:
    """A validated error description `{type, bases, message, traceback}` with bounded, inert strings."""
    if value is None:
        return None
    texts = ("type", "message", "traceback")
    if not (
        isinstance(value, dict)
        and all(isinstance(value.get(k), str) for k in texts)
        and isinstance(value.get("bases"), list)
        and all(isinstance(b, str) for b in value["bases"])
    ):
        raise ProtocolError("bad error description")
    return {
        **{k: inert(value[k][: worker.TEXT_LIMIT]) for k in texts},
        "bases": [inert(b[:100]) for b in value["bases"][:50]],
    }


def decode_array(payload: bytes) -> np.ndarray:
    """An `.npy` payload as a numeric array; never unpickles, never accepts object or record dtypes."""
    import numpy as np

    try:
        array = np.lib.format.read_array(io.BytesIO(payload), allow_pickle=False)
    except Exception as exc:
        raise ProtocolError(f"unreadable array: {type(exc).__name__}") from None
    if type(array) is not np.ndarray or array.dtype.kind not in "biuf":
        raise ProtocolError("non-numeric array")
    return array


def _wire(calls: list[Call]) -> tuple[list[dict], list[bytes]]:
    """The calls as JSON-able dicts, their array arguments replaced by indices into the `.npy` payloads."""
    import numpy as np

    arrays: list[bytes] = []

    def spec(value: object) -> dict:
        if isinstance(value, np.ndarray):
            arrays.append(worker.npy(value))
            return {"array": len(arrays) - 1}
        return {"value": value}

    wire = [
        {
            "func": c.func,
            "args": [spec(a) for a in c.args],
            "kwargs": {k: spec(v) for k, v in c.kwargs.items()},
            "n_outputs": c.n_outputs,
        }
        for c in calls
    ]
    return wire, arrays


def encode_job(path: Path, calls: list[Call]) -> bytes:
    """The job for the child: one JSON frame, then the argument arrays."""
    wire, arrays = _wire(calls)
    job = {"path": str(path), "calls": wire, "n_arrays": len(arrays)}
    return worker.json_frame(job) + b"".join(worker.frame(ARRAY, a) for a in arrays)


def call_here(module: types.ModuleType, calls: list[Call]) -> list[CallResult]:
    """Run trusted drill code (a reference, a mutant, an alternative) in this process through the worker's
    own call and encoding, and decode its answers as the child's are decoded."""
    from mlprep.grader.sandbox import Run

    wire, arrays = _wire(calls)
    run = Run()
    reader = ResultReader(run)
    reader.feed(worker.json_frame({"event": "imported", "error": None}))
    path = getattr(module, "__file__", None) or module.__name__
    for request in wire:
        reader.feed(worker.call(module, request, arrays, path, reraise=(KeyboardInterrupt,)))
    return run.results
