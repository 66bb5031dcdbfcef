"""The sandbox and its channel: only plain numeric arrays cross it, and limits and budgets are enforced."""

from __future__ import annotations

import io
import os
import pickle
from pathlib import Path

import numpy as np
import pytest

from mlprep.grader import channel, sandbox, worker
from mlprep.grader.channel import ProtocolError
from mlprep.grader.inert import inert
from mlprep.grader.sandbox import Call, Captured, Limits


def npy(array: np.ndarray, allow_pickle: bool = False) -> bytes:
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=allow_pickle)
    return buf.getvalue()


def test_arrays_round_trip() -> None:
    for array in (np.arange(6.0).reshape(2, 3), np.array(3.5), np.array([True, False]), np.arange(4, dtype=np.int32)):
        decoded = channel.decode_array(npy(array))
        assert decoded.dtype == array.dtype and np.array_equal(decoded, array)


@pytest.mark.parametrize(
    "payload",
    [
        npy(np.array([object(), 1], dtype=object), allow_pickle=True),
        npy(np.array(["text"])),
        npy(np.zeros(2, dtype=[("a", "f8")])),
        pickle.dumps(np.arange(3)),
        b"PK\x03\x04 not an npz either",
        b"",
    ],
    ids=["object", "strings", "records", "pickle", "zip", "empty"],
)
def test_anything_but_a_numeric_npy_is_refused(payload: bytes) -> None:
    with pytest.raises(ProtocolError):
        channel.decode_array(payload)


def test_frames_are_bounded_and_typed() -> None:
    decoder = worker.FrameDecoder()
    frames = worker.json_frame({"a": 1}) + worker.frame(worker.ARRAY, b"xyz")
    assert list(decoder.feed(frames[:3])) == []
    assert list(decoder.feed(frames[3:])) == [(worker.JSON, b'{"a": 1}'), (worker.ARRAY, b"xyz")]
    with pytest.raises(ValueError):
        list(worker.FrameDecoder().feed(worker.HEADER.pack(b"P", 1) + b"x"))
    with pytest.raises(ValueError):
        list(worker.FrameDecoder().feed(worker.HEADER.pack(worker.JSON, worker.MAX_FRAME + 1)))


def test_captured_output_is_cut_at_the_limit() -> None:
    captured = Captured()
    for _ in range(3):
        captured.add(b"x" * sandbox.OUTPUT_LIMIT)
    assert captured.total == 3 * sandbox.OUTPUT_LIMIT
    assert len(captured.text) == sandbox.OUTPUT_LIMIT and captured.truncated


def test_per_call_budget_stops_a_slow_call(tmp_path: Path) -> None:
    path = tmp_path / "slow.py"
    path.write_text("import time\n\ndef fast():\n    return 1\n\ndef slow():\n    time.sleep(30)\n")
    with sandbox.start(Limits(timeout=10)) as child:
        child.send(path, [Call("fast"), Call("slow", time_limit=0.5), Call("fast")])
        run = child.collect()
    assert len(run.results) == 1 and run.results[0].outputs[0] == 1
    assert run.stop == "slow" and "budget of 0.5 s" in run.detail


def test_traceback_is_trimmed_to_the_submission(tmp_path: Path) -> None:
    path = tmp_path / "mine.py"
    path.write_text("import numpy as np\n\ndef f(x):\n    return np.dot(x, np.ones(5))\n")
    with sandbox.start(Limits()) as child:
        child.send(path, [Call("f", (np.ones(3),))])
        run = child.collect()
    error = run.results[0].error
    assert error["type"] == "ValueError"
    assert error["traceback"].startswith('  File "mine.py", line 4, in f\n    return np.dot(x, np.ones(5))\n')
    assert "File" not in error["traceback"].split("\n", 1)[1]


def test_arguments_are_fresh_for_every_call(tmp_path: Path) -> None:
    path = tmp_path / "mutates.py"
    path.write_text("def f(x):\n    x += 1\n    return x.sum()\n")
    arg = np.zeros(3)
    with sandbox.start(Limits()) as child:
        child.send(path, [Call("f", (arg,)), Call("f", (arg,))])
        run = child.collect()
    assert [float(r.outputs[0]) for r in run.results] == [3.0, 3.0]
    assert arg.tolist() == [0.0, 0.0, 0.0]


def test_multiple_outputs_and_wrong_arity(tmp_path: Path) -> None:
    path = tmp_path / "pairs.py"
    path.write_text("def two():\n    return 1, [2.0, 3.0]\n\ndef one():\n    return 5\n")
    with sandbox.start(Limits()) as child:
        child.send(path, [Call("two", n_outputs=2), Call("one", n_outputs=2)])
        run = child.collect()
    first, second = run.results
    assert [o.tolist() for o in first.outputs] == [1, [2.0, 3.0]]
    assert second.error["type"] == "WrongReturn"


def limits_of(pid: int) -> str:
    return Path(f"/proc/{pid}/limits").read_text()


def test_a_prestarted_worker_gets_its_limits_before_any_user_code(tmp_path: Path) -> None:
    sandbox.prestart()
    pid = sandbox._spare[0].proc.pid
    path = tmp_path / "hog.py"
    path.write_text(
        "import resource\n\ndef hog():\n    return bytearray(400 << 20)\n\ndef limit():\n"
        "    return resource.getrlimit(resource.RLIMIT_AS)\n"
    )
    with sandbox.start(Limits(timeout=5, memory_mb=256)) as child:
        assert child.proc.pid == pid and not sandbox._spare
        assert "Max address space" in limits_of(pid)
        child.send(path, [Call("hog"), Call("limit", n_outputs=1)])
        run = child.collect()
    assert "MemoryError" in run.results[0].error["bases"]
    assert run.results[1].outputs[0].tolist() == [256 << 20, 256 << 20]


def test_an_unused_prestarted_worker_is_killed() -> None:
    sandbox.prestart()
    child = sandbox._spare[0]
    sandbox._discard_spare()
    assert child.proc.poll() is not None and not sandbox._spare


def test_inert_text_shows_escapes_and_keeps_the_rest() -> None:
    raw = "a\x1b[2Jb\tc\nd\u202eé中\x9b31m\x07\r\x00 [red]x[/red]"
    assert inert(raw) == "a\\x1b[2Jb\tc\nd\\u202eé中\\x9b31m\\x07\\x0d\\x00 [red]x[/red]"
    assert inert(inert(raw)) == inert(raw)


def test_error_text_from_the_child_is_inert() -> None:
    run = sandbox.Run()
    reader = channel.ResultReader(run)
    error = {"type": "E\x1b[5m", "bases": ["E\x1b[5m"], "message": "boom\x1b]0;title\x07", "traceback": "\x9b2J"}
    reader.feed(worker.json_frame({"event": "imported", "error": error}))
    assert run.import_error == {
        "type": "E\\x1b[5m",
        "bases": ["E\\x1b[5m"],
        "message": "boom\\x1b]0;title\\x07",
        "traceback": "\\x9b2J",
    }


def test_without_waitid_the_worker_is_still_ended_and_reaped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where os.waitid is missing (macOS before Python 3.13) the parent waits on the worker instead."""
    monkeypatch.delattr(os, "waitid")
    path = tmp_path / "exits.py"
    path.write_text("import os\n\ndef f():\n    os._exit(4)\n")
    with sandbox.start(Limits(timeout=10)) as child:
        child.send(path, [Call("f")])
        run = child.collect()
    assert run.stop == "exit" and run.detail == "the checker process exited with code 4"
    assert child.proc.returncode == 4
