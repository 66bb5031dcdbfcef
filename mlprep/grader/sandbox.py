"""Running a submission in a limited child process and collecting its answers as plain arrays.

`start` gives a worker (the one `prestart` spawned ahead of time, or a new one) whose Python and numpy
start-up overlaps the parent's own work; `Child.send` passes it the job and `Child.collect` reads results,
stdout and stderr until the child says it is done, dies, breaks the protocol or runs out of time. The
child is always killed with every process it started, and only validated numeric arrays leave here.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import functools
import os
import resource
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from mlprep.grader import channel, reap, worker
from mlprep.grader.model import CallResult

WORKER = Path(worker.__file__).resolve()
OUTPUT_LIMIT = 64 << 10
POLL_SECONDS = 0.05
DRAIN_SECONDS = 0.3
PIPE_SIZE = 1 << 20
MARKER_VARIABLE = "MLPREP_SANDBOX"  # tags every process a run starts, so all can be found
THREADS_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Limits:
    """Wall time for the whole run (seconds) and address space (MB)."""

    timeout: float = 10.0
    memory_mb: int = 2048


@dataclass(frozen=True)
class Call:
    """One function call to make in the child; `time_limit` is its own budget in seconds, if any."""

    func: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    n_outputs: int = 1
    time_limit: float | None = None


@dataclass
class Captured:
    """The first `OUTPUT_LIMIT` bytes of a stream and how many bytes there were in all."""

    data: bytearray = field(default_factory=bytearray)
    total: int = 0

    def add(self, chunk: bytes) -> None:
        self.total += len(chunk)
        room = OUTPUT_LIMIT - len(self.data)
        if room > 0:
            self.data += chunk[:room]

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")

    @property
    def truncated(self) -> bool:
        return self.total > len(self.data)


@dataclass
class Run:
    """Everything a run produced. `stop` says why it ended early (None when the child finished):
    "timeout", "slow" (a call over its budget), "exit" (the child ended by itself) or "protocol"."""

    import_error: dict | None = None
    imported: bool = False
    results: list[CallResult] = field(default_factory=list)
    stop: str | None = None
    detail: str = ""
    stdout: Captured = field(default_factory=Captured)
    stderr: Captured = field(default_factory=Captured)


def _rlimits(limits: Limits) -> list[tuple[int, int]]:
    """Address space, CPU seconds (a backstop should the parent die), no core files; hard = soft, so the
    submission cannot raise them again."""
    wanted = [
        (resource.RLIMIT_AS, limits.memory_mb << 20),
        (resource.RLIMIT_CPU, int(limits.timeout) + 2),
        (resource.RLIMIT_CORE, 0),
    ]
    clamped = []
    for kind, value in wanted:
        hard = resource.getrlimit(kind)[1]
        clamped.append((kind, value if hard == resource.RLIM_INFINITY else min(value, hard)))
    return clamped


def _environment() -> dict[str, str]:
    """The child's environment: ours without mlprep's own variables, with one BLAS thread."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("MLPREP_")}, **THREADS_ENV}


def _set_rlimits(rlimits: list[tuple[int, int]]) -> None:
    """In the child, before exec."""
    for kind, value in rlimits:
        resource.setrlimit(kind, (value, value))


_spare: list[Child] = []


def prestart() -> None:
    """Start a worker ahead of `start` (Linux, where limits can be applied later with prlimit), so its
    Python and numpy start-up overlaps the caller's own, e.g. the CLI parsing its arguments."""
    if hasattr(resource, "prlimit") and not _spare:
        _spare.append(Child(None))
        atexit.register(_discard_spare)


def _discard_spare() -> None:
    while _spare:
        _spare.pop().close()


def start(limits: Limits) -> Child:
    """A worker with these limits: the pre-started one if there is one, else a new one."""
    if _spare:
        child = _spare.pop()
        child.apply(limits)
        return child
    return Child(limits)


class Child:
    """A running worker. Use as a context manager so it is killed even if the caller fails."""

    def __init__(self, limits: Limits | None) -> None:
        """Spawn the worker; without `limits` it starts unlimited and must get them from `apply`."""
        self.cwd = tempfile.mkdtemp(prefix="mlprep-drill-")
        self.marker = os.urandom(16).hex()
        job_r, job_w = os.pipe()
        res_r, res_w = os.pipe()
        with contextlib.suppress(AttributeError, OSError):  # Linux: room for the whole job at once
            fcntl.fcntl(job_w, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
        self._job = open(job_w, "wb", buffering=0)  # noqa: SIM115  (closed in close())
        self._results = open(res_r, "rb", buffering=0)  # noqa: SIM115
        rlimits = _rlimits(limits) if limits else [(resource.RLIMIT_CORE, 0)]
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(WORKER), str(job_r), str(res_w)],
            pass_fds=(job_r, res_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            preexec_fn=functools.partial(_set_rlimits, rlimits),
            cwd=self.cwd,
            env={**_environment(), MARKER_VARIABLE: self.marker},
        )
        os.close(job_r)
        os.close(res_w)
        self.limits = limits or Limits()
        self.started = time.monotonic()
        self._calls: list[Call] = []
        self._pending = memoryview(b"")
        self._closed = False

    def apply(self, limits: Limits) -> None:
        """Set the limits of a worker started without them; the run's clock starts now."""
        for kind, value in _rlimits(limits):
            resource.prlimit(self.proc.pid, kind, (value, value))
        self.limits = limits
        self.started = time.monotonic()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, path: Path, calls: list[Call]) -> None:
        """Start sending the job: as much as the pipe takes now, the rest while collecting."""
        self._calls = calls
        self._pending = memoryview(channel.encode_job(path, calls))
        os.set_blocking(self._job.fileno(), False)
        self._send()

    def collect(self) -> Run:
        """Read the answers until the child is done, then kill it and everything it started."""
        run = Run()
        try:
            self._exchange(run)
        finally:
            self.close(run)
        return run

    def close(self, run: Run | None = None) -> None:
        """Kill the process tree, reap the worker, drain what is left of its output into `run`."""
        if self._closed:
            return
        self._closed = True
        reap.kill_tree(self.proc.pid, f"{MARKER_VARIABLE}={self.marker}".encode())
        self.proc.wait()
        _drain(
            {self.proc.stdout: run.stdout, self.proc.stderr: run.stderr} if run else {},
            [self.proc.stdout, self.proc.stderr],
        )
        self._job.close()
        self._results.close()
        shutil.rmtree(self.cwd, ignore_errors=True)

    def _exchange(self, run: Run) -> None:
        calls = self._calls
        reader = channel.ResultReader(run)
        streams = {self.proc.stdout.fileno(): run.stdout, self.proc.stderr.fileno(): run.stderr}
        sel = selectors.DefaultSelector()
        job_fd = self._job.fileno() if self._pending else -1
        if self._pending:
            sel.register(job_fd, selectors.EVENT_WRITE)
        for fd in (self._results.fileno(), *streams):
            sel.register(fd, selectors.EVENT_READ)
        for fd in sel.get_map():
            os.set_blocking(fd, False)
        deadline = self.started + self.limits.timeout
        call_started = 0.0
        try:
            while not reader.done:
                now = time.monotonic()
                current = len(run.results)
                budget = calls[current].time_limit if run.imported and current < len(calls) else None
                if now >= deadline:
                    run.stop, run.detail = "timeout", f"the time limit of {self.limits.timeout:g} s ran out"
                    return
                if budget is not None and now >= call_started + budget:
                    run.stop, run.detail = "slow", f"it was still running after its budget of {budget:g} s"
                    return
                limit = deadline if budget is None else min(deadline, call_started + budget)
                events = sel.select(min(limit - now, POLL_SECONDS))
                for key, _ in events:
                    if key.fd == job_fd:
                        self._send()
                        if not self._pending:
                            sel.unregister(key.fd)
                        continue
                    chunk = _read(key.fd)
                    if chunk is None:
                        continue
                    if key.fd in streams:
                        streams[key.fd].add(chunk)
                        if not chunk:
                            sel.unregister(key.fd)
                        continue
                    if not chunk:
                        self._ended(run)
                        return
                    progress = (run.imported, len(run.results))
                    reader.feed(chunk)
                    if (run.imported, len(run.results)) != progress:
                        call_started = time.monotonic()
                if not events and self.proc.poll() is not None:
                    self._ended(run)
                    return
        except channel.ProtocolError as exc:
            run.stop, run.detail = "protocol", f"the result channel was tampered with ({exc})"
        finally:
            sel.close()

    def _send(self) -> None:
        """Write the next piece of the job; once all is sent (or the child is gone) close the pipe."""
        try:
            self._pending = self._pending[os.write(self._job.fileno(), self._pending) :]
        except BlockingIOError:
            return
        except BrokenPipeError:
            self._pending = self._pending[:0]
        if not self._pending:
            self._job.close()

    def _ended(self, run: Run) -> None:
        """The child stopped answering before `done`: say how it ended."""
        try:
            code = self.proc.wait(timeout=1.0)
        except subprocess.TimeoutExpired:
            code = None
        run.stop = "exit"
        if code is None:
            run.detail = "the checker process closed its result channel"
        elif code < 0:
            run.detail = f"the checker process was killed by {signal.Signals(-code).name}"
        else:
            run.detail = f"the checker process exited with code {code}"


def _read(fd: int) -> bytes | None:
    """Up to 64 KiB from a non-blocking fd: b"" at end of file, None when nothing is there yet."""
    try:
        return os.read(fd, 1 << 16)
    except BlockingIOError:
        return None


def _drain(into: dict, streams: list) -> None:
    """Read what the dead child left in its stdout/stderr pipes, for at most `DRAIN_SECONDS`, then close them."""
    end = time.monotonic() + DRAIN_SECONDS
    sel = selectors.DefaultSelector()
    for stream in streams:
        os.set_blocking(stream.fileno(), False)
        sel.register(stream, selectors.EVENT_READ)
    while sel.get_map() and time.monotonic() < end:
        for key, _ in sel.select(end - time.monotonic()):
            chunk = _read(key.fd)
            if chunk and key.fileobj in into:
                into[key.fileobj].add(chunk)
            elif chunk == b"":
                sel.unregister(key.fileobj)
    sel.close()
    for stream in streams:
        stream.close()
