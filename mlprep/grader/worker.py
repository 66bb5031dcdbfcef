"""The child that runs a submission: it reads calls over a private pipe and answers with plain arrays.

Started as `python -I worker.py FD_IN FD_OUT PLAN` by `sandbox.py`; it first confines itself as PLAN says
(`confine.py`). It imports only the standard library and numpy (never mlprep), because the submission
shares this process: nothing it sends is trusted by the parent, which decodes arrays with
`allow_pickle=False` and compares them itself.

Wire format, both ways: frames of one kind byte (`J` JSON, `A` an `.npy` array), a 4-byte big-endian
length and the payload. The parent sends a set-up message (the submission's `name` and base64 `source`,
the resource `limits`), then one JSON job (`path`, `calls`) followed by the argument arrays;
the child answers `imported`, then one `result` per call (JSON, then that call's output arrays), then
`done`.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import struct
import sys
import time
import traceback
import warnings
from collections.abc import Iterator
from typing import Any

JSON = b"J"
ARRAY = b"A"
MAX_FRAME = 64 << 20
HEADER = struct.Struct(">cI")
TEXT_LIMIT = 4000


def frame(kind: bytes, payload: bytes) -> bytes:
    """One frame ready to write."""
    return HEADER.pack(kind, len(payload)) + payload


def json_frame(obj: object) -> bytes:
    return frame(JSON, json.dumps(obj).encode())


def npy(array: Any) -> bytes:
    """An array as `.npy` bytes; pickled (object) arrays are refused by `np.save` itself."""
    import numpy as np

    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    return buf.getvalue()


def array_frame(array: object) -> bytes:
    return frame(ARRAY, npy(array))


class FrameDecoder:
    """Splits a byte stream into `(kind, payload)` frames; raises ValueError on anything malformed."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> Iterator[tuple[bytes, bytes]]:
        self._buf += data
        while len(self._buf) >= HEADER.size:
            kind, length = HEADER.unpack_from(self._buf)
            if kind not in (JSON, ARRAY) or length > MAX_FRAME:
                raise ValueError("malformed frame")
            end = HEADER.size + length
            if len(self._buf) < end:
                return
            payload = bytes(self._buf[HEADER.size : end])
            del self._buf[:end]
            yield kind, payload


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _read_job(fd: int) -> tuple[dict, list[bytes]]:
    """The job and the raw `.npy` payloads of its arguments (decoded afresh for every call)."""
    decoder = FrameDecoder()
    job: dict | None = None
    arrays: list[bytes] = []
    while job is None or len(arrays) < job["n_arrays"]:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            raise EOFError("the grader closed the pipe before sending the job")
        for kind, payload in decoder.feed(chunk):
            if kind == JSON:
                job = json.loads(payload)
            else:
                arrays.append(payload)
    return job, arrays


def _read_exactly(fd: int, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            raise EOFError("the grader closed the pipe before sending the job")
        data += chunk
    return data


def _read_setup(fd: int) -> dict:
    """The first frame: the submission's name and source, and the resource limits to apply."""
    kind, length = HEADER.unpack(_read_exactly(fd, HEADER.size))
    if kind != JSON or length > MAX_FRAME:
        raise ValueError("malformed set-up frame")
    return json.loads(_read_exactly(fd, length))


def _confinement() -> Any:
    """confine.py, loaded by path: this script runs outside any package, and must not import mlprep."""
    import importlib.util

    name = "_mlprep_confine"
    spec = importlib.util.spec_from_file_location(name, os.path.join(os.path.dirname(__file__), "confine.py"))
    if spec is None or spec.loader is None:
        raise ImportError("confine.py cannot be loaded")
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text(value: str) -> str:
    return value if len(value) <= TEXT_LIMIT else value[:TEXT_LIMIT] + " …"


def describe_error(exc: BaseException, path: str) -> dict:
    """Type, message and the traceback trimmed to the submission's own frames."""
    name = os.path.basename(path)
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == path]
        trace = "".join(traceback.format_list(frames)).replace(path, name)
        message = "".join(traceback.format_exception_only(type(exc), exc)).strip().replace(path, name)
    except BaseException:  # a hostile __str__ must not take the worker down
        trace, message = "", type(exc).__name__
    return {
        "type": type(exc).__name__,
        "bases": [c.__name__ for c in type(exc).__mro__],
        "message": _text(message),
        "traceback": _text(trace),
    }


def _import(path: str) -> object:
    import importlib.util

    sys.dont_write_bytecode = True  # leave no __pycache__ beside the learner's file
    spec = importlib.util.spec_from_file_location("submission", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {os.path.basename(path)} as a Python module")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _plain(value: object) -> tuple[object, str | None]:
    """`value` as a numeric ndarray, or None and a description of what it was instead."""
    import numpy as np

    try:
        array = np.array(value, order="C")
    except BaseException as exc:
        return None, f"{type(value).__name__} that is not an array ({type(exc).__name__})"
    if array.dtype.kind not in "biuf":
        return None, f"{type(value).__name__} with dtype {array.dtype}"
    if array.nbytes > MAX_FRAME // 2:
        return None, f"array of {array.nbytes} bytes (too large)"
    return array, None


def _problem(kind: str, message: str) -> dict:
    """An error description for a mistake that raised nothing."""
    return {"type": kind, "bases": [kind], "message": message, "traceback": ""}


def _outputs(result: object, n_outputs: int) -> tuple[list[dict], list[bytes], dict | None]:
    if n_outputs > 1 and not isinstance(result, (tuple, list)):
        message = f"returned a single {type(result).__name__}; expected a tuple of {n_outputs} values"
        return [], [], _problem("WrongReturn", message)
    values = list(result) if isinstance(result, (tuple, list)) and n_outputs > 1 else [result]
    specs: list[dict] = []
    frames: list[bytes] = []
    for value in values:
        array, problem = _plain(value)
        if problem is None:
            try:
                frames.append(array_frame(array))
                specs.append({"array": len(frames) - 1})
                continue
            except BaseException as exc:
                problem = f"value that cannot be sent back ({type(exc).__name__})"
        specs.append({"invalid": problem})
    return specs, frames, None


def _argument(spec: dict, arrays: list[bytes]) -> object:
    import numpy as np

    if "array" in spec:
        return np.load(io.BytesIO(arrays[spec["array"]]), allow_pickle=False)
    return spec["value"]


def _flush_user_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BaseException):
            stream.flush()


def _unchanged(value: object, before: Any) -> bool:
    import numpy as np

    return (
        isinstance(value, np.ndarray)
        and value.shape == before.shape
        and value.dtype == before.dtype
        and value.tobytes() == before.tobytes()
    )


def call(
    module: object,
    request: dict,
    arrays: list[bytes],
    path: str,
    reraise: tuple[type[BaseException], ...] = (),
    clock=time.perf_counter,
) -> bytes:
    """Run one call and return the encoded result message. The parent runs trusted drill code (reference,
    mutants) through this same function, so every kind of code is called and encoded alike; it passes
    `reraise=(KeyboardInterrupt,)` so that Ctrl-C still stops it."""
    import numpy as np

    message: dict = {"event": "result", "outputs": [], "error": None, "warnings": [], "seconds": 0.0, "mutated": []}
    frames: list[bytes] = []
    try:
        function = getattr(module, request["func"], None)
        if not callable(function):
            message["error"] = _problem("MissingFunction", f"your file does not define {request['func']}()")
            return json_frame(message)
        args = [_argument(spec, arrays) for spec in request["args"]]
        kwargs = {name: _argument(spec, arrays) for name, spec in request["kwargs"].items()}
        given = {**dict(enumerate(args)), **kwargs}
        before = {key: value.copy() for key, value in given.items() if isinstance(value, np.ndarray)}
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                with np.errstate(over="warn", divide="warn", invalid="warn", under="ignore"):
                    start = clock()
                    result = function(*args, **kwargs)
                    message["seconds"] = clock() - start
        finally:
            message["mutated"] = [key for key, copy in before.items() if not _unchanged(given[key], copy)]
        message["warnings"] = [_text(f"{w.category.__name__}: {w.message}") for w in caught[:5]]
        message["outputs"], frames, message["error"] = _outputs(result, request["n_outputs"])
    except reraise:
        raise
    except BaseException as exc:
        message["error"] = describe_error(exc, path)
    _flush_user_output()
    return json_frame(message) + b"".join(frames)


def main(argv: list[str]) -> None:
    """Confine this process (see confine.py), import numpy while the parent builds the cases, then take
    the submission and its calls."""
    fd_in, fd_out = int(argv[1]), int(argv[2])
    box = _confinement().enter(json.loads(argv[3]))
    try:
        import numpy  # noqa: F401
    except BaseException as exc:
        box.failed(exc)
        raise
    box.ready()
    setup = _read_setup(fd_in)
    path = box.place(setup["name"], base64.b64decode(setup["source"]))
    box.limit(setup["limits"])
    job, arrays = _read_job(fd_in)
    os.close(fd_in)
    try:
        module = _import(path)
        error = None
    except BaseException as exc:
        module, error = None, describe_error(exc, path)
    _flush_user_output()
    _write_all(fd_out, json_frame({"event": "imported", "error": error}))
    if module is not None:
        for job_call in job["calls"]:
            _write_all(fd_out, call(module, job_call, arrays, path))
    _write_all(fd_out, json_frame({"event": "done"}))
    while True:  # stay alive until the parent ends the run (and, in the fallback, adopt orphans meanwhile)
        time.sleep(60)


if __name__ == "__main__":
    main(sys.argv)
