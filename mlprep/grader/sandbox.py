"""Running a submission in a confined child process and collecting its answers as plain arrays.

`start` gives a worker (the one `prestart` spawned ahead of time, or a new one) whose Python and numpy
start-up overlaps the parent's own work; `Child.send` passes it the submission, its limits and the calls,
and `Child.collect` reads results, stdout and stderr until the child says it is done, dies, breaks the
protocol or runs out of time. The worker confines itself before any submitted code runs (`confine.py`):
in Linux namespaces where the kernel allows them, else with process-level protections, as
`MLPREP_SANDBOX` (auto, namespaces, process) asks. Every process it started is killed at the end and only
validated numeric arrays leave here; text from the child is made inert (`inert.py`).
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import fcntl
import json
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

from mlprep import paths
from mlprep.errors import UsageError
from mlprep.grader import channel, reap, worker
from mlprep.grader.inert import inert
from mlprep.grader.model import CallResult

WORKER = Path(worker.__file__).resolve()
OUTPUT_LIMIT = 64 << 10
SOURCE_LIMIT = 8 << 20
POLL_SECONDS = 0.05
DRAIN_SECONDS = 0.3
END_SECONDS = 2.0  # for the namespace to empty once its init is killed
PIPE_SIZE = 1 << 20
MODE_VARIABLE = "MLPREP_SANDBOX"
MODES = ("auto", "namespaces", "process")
MARKER_VARIABLE = "MLPREP_RUN"  # tags every process a fallback run starts, so all can be found
KEPT_ENVIRONMENT = ("PATH", "LANG", "LC_ALL", "LC_CTYPE")
THREADS_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@dataclass(frozen=True)
class Limits:
    """Wall time for the whole run (seconds), address space (MB), the size of any file written (MB) and
    the number of open files."""

    timeout: float = 10.0
    memory_mb: int = 2048
    file_mb: int = 16
    open_files: int = 256


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
        """The kept bytes as text, with control and escape sequences made visible."""
        return inert(self.data.decode("utf-8", "replace"))

    @property
    def truncated(self) -> bool:
        return self.total > len(self.data)


@dataclass
class Run:
    """Everything a run produced. `stop` says why it ended early (None when the child finished):
    "timeout", "slow" (a call over its budget), "exit" (the child ended by itself) or "protocol".
    `isolation` is how the child was confined: "namespaces" or "process" (see docs/sandbox.md)."""

    import_error: dict | None = None
    imported: bool = False
    results: list[CallResult] = field(default_factory=list)
    stop: str | None = None
    detail: str = ""
    stdout: Captured = field(default_factory=Captured)
    stderr: Captured = field(default_factory=Captured)
    isolation: str = ""


def _rlimits(limits: Limits) -> list[list[int]]:
    """Address space, CPU seconds (a backstop should the parent die), no core files, file size, open files;
    clamped to our own hard limits. The worker applies them with hard = soft, so they cannot be raised."""
    wanted = [
        (resource.RLIMIT_AS, limits.memory_mb << 20),
        (resource.RLIMIT_CPU, int(limits.timeout) + 2),
        (resource.RLIMIT_CORE, 0),
        (resource.RLIMIT_FSIZE, limits.file_mb << 20),
        (resource.RLIMIT_NOFILE, limits.open_files),
    ]
    clamped = []
    for kind, value in wanted:
        hard = resource.getrlimit(kind)[1]
        clamped.append([kind, value if hard == resource.RLIM_INFINITY else min(value, hard)])
    return clamped


def _environment(marker: str) -> dict[str, str]:
    """The child's environment: only what the runtime needs (no secrets, no MLPREP_HOME), one BLAS thread,
    and the run's marker; confine.py sets HOME and TMPDIR to the private scratch directory."""
    kept = {k: os.environ[k] for k in KEPT_ENVIRONMENT if k in os.environ}
    return {**kept, **THREADS_ENV, MARKER_VARIABLE: marker}


def mode() -> str:
    """The isolation asked for by `MLPREP_SANDBOX`: auto (namespaces where possible), namespaces, process."""
    value = os.environ.get(MODE_VARIABLE, "").strip().lower() or "auto"
    if value not in MODES:
        raise UsageError(f"{MODE_VARIABLE}={value!r} is not one of {', '.join(MODES)}")
    return value


def _hidden() -> tuple[list[str], list[str]]:
    """What the submission must never see (mlprep's package, its drills, the data directory) and what it
    sees no more of than the runtime inside (the user's home)."""
    try:
        data = str(paths.home())
    except OSError:  # cannot be created: the store reports that; it is hidden all the same
        data = os.path.expanduser(os.environ.get("MLPREP_HOME", ""))
    secret = [str(paths.PACKAGE_DIR), str(paths.shipped_drills()), data]
    try:
        private = [str(Path.home())]
    except RuntimeError:
        private = []
    return secret, private


_spare: list[Child] = []  # the worker `prestart` started
_live: set[int] = set()  # our workers' pids: not orphans to kill when another run ends
_state: dict = {"fallback": "", "adopting": False}


def fallback_reason() -> str:
    """Why the last run had only process-level isolation ("" if it had namespaces), for a warning."""
    return _state["fallback"]


def prestart() -> None:
    """Start a worker ahead of `start`, so its Python and numpy start-up (and its confinement) overlap the
    caller's own, e.g. the CLI parsing its arguments; its limits come with the job."""
    if not _spare:
        try:
            _spare.append(Child(None))
        except UsageError:
            return  # a bad MLPREP_SANDBOX is reported by start(), where the error handler is
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


def _adopt_orphans() -> None:
    """Linux: make this process a child subreaper, so that whatever a fallback run's processes leave
    orphaned stays our descendant (the worker's own flag can be switched off by the submission)."""
    if sys.platform.startswith("linux") and not _state["adopting"]:
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        _state["adopting"] = True


class Child:
    """A running worker. Use as a context manager so it is killed even if the caller fails."""

    def __init__(self, limits: Limits | None) -> None:
        """Spawn the worker; without `limits` it must get them from `apply` before `send`."""
        wanted = mode()
        _adopt_orphans()
        self.marker = os.urandom(16).hex()
        self.scratch = os.path.join(tempfile.gettempdir(), f"mlprep-drill-{self.marker[:12]}")
        job_r, job_w = os.pipe()
        res_r, res_w = os.pipe()
        ctl_r, ctl_w = os.pipe()
        with contextlib.suppress(AttributeError, OSError):  # Linux: room for the whole job at once
            fcntl.fcntl(job_w, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
        self._job = open(job_w, "wb", buffering=0)  # noqa: SIM115  (closed in close())
        self._results = open(res_r, "rb", buffering=0)  # noqa: SIM115
        self._control = open(ctl_r, "rb", buffering=0)  # noqa: SIM115
        secret, private = _hidden()
        plan = {
            "mode": wanted,
            "control": ctl_w,
            "pipes": [job_r, res_w],
            "parent": os.getpid(),
            "scratch": self.scratch,
            "secret": secret,
            "private": private,
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(WORKER), str(job_r), str(res_w), json.dumps(plan)],
            pass_fds=(job_r, res_w, ctl_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
            cwd="/",
            env=_environment(self.marker),
        )
        for fd in (job_r, res_w, ctl_w):
            os.close(fd)
        os.set_blocking(ctl_r, False)
        self.since = reap.started(self.proc.pid)
        self.limits = limits or Limits()
        self.started = time.monotonic()
        self.isolation = ""  # "namespaces" or "process" once the worker has said
        self.reason = ""  # why isolation is only "process", or why namespaces were refused
        self.init = 0  # host pid of the namespace's init, while there is one
        self.pid_namespace = ""  # its pid namespace, e.g. "pid:[4026532481]"
        self._lines = b""
        self._calls: list[Call] = []
        self._pending = memoryview(b"")
        self._closed = False
        _live.add(self.proc.pid)

    def apply(self, limits: Limits) -> None:
        """Set the limits of a worker started without them; the run's clock starts now."""
        self.limits = limits
        self.started = time.monotonic()

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(self, path: Path, calls: list[Call]) -> None:
        """Start sending the submission, its limits and the calls: as much as the pipe takes now, the rest
        while collecting. The file is read here, once; the child runs this copy."""
        try:
            source = path.read_bytes()
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror}") from None
        if len(source) > SOURCE_LIMIT:
            raise UsageError(f"{path} is larger than {SOURCE_LIMIT >> 20} MB")
        setup = {"name": path.name, "source": base64.b64encode(source).decode(), "limits": _rlimits(self.limits)}
        self._calls = calls
        self._pending = memoryview(worker.json_frame(setup) + channel.encode_job(Path(path.name), calls))
        os.set_blocking(self._job.fileno(), False)
        self._send()

    def collect(self) -> Run:
        """Read the answers until the child is done, then kill it and everything it started."""
        run = Run()
        try:
            self._exchange(run)
        finally:
            self.close(run)
        if self.isolation == "refused":
            raise UsageError(f"{MODE_VARIABLE}=namespaces, but {self.reason}")
        run.isolation = self.isolation or ("namespaces" if self.pid_namespace else "process")
        _state["fallback"] = ""
        if run.isolation == "process":
            _state["fallback"] = self.reason or "the worker stopped before saying how it was confined"
        return run

    def close(self, run: Run | None = None) -> None:
        """End the namespace (or kill the process tree), reap the worker, drain what is left of its output
        into `run`, and remove the fallback's scratch directory."""
        if self._closed:
            return
        self._closed = True
        self._read_control()
        if not (self._end_namespace() and self._exit_status(END_SECONDS)):
            reap.kill_tree(self.proc.pid, f"{MARKER_VARIABLE}={self.marker}".encode(), self.since, _live)
        self.proc.wait()
        _live.discard(self.proc.pid)
        _drain(
            {self.proc.stdout: run.stdout, self.proc.stderr: run.stderr} if run else {},
            [self.proc.stdout, self.proc.stderr],
        )
        self._job.close()
        self._results.close()
        self._control.close()
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _read_control(self) -> bool:
        """Take in what the worker's supervisor has said: `init PID`, `isolation MODE [REASON]`,
        `refused REASON`. True once it has closed the pipe."""
        while True:
            chunk = _read(self._control.fileno())
            if not chunk:
                break
            self._lines += chunk
        while b"\n" in self._lines:
            line, _, self._lines = self._lines.partition(b"\n")
            word, _, rest = line.decode(errors="replace").partition(" ")
            if word == "init" and rest.isdigit() and not self.isolation:
                self.init = int(rest)
                self.pid_namespace = reap.pid_namespace(self.init)
            elif word == "isolation" and not self.isolation:
                self.isolation, _, self.reason = rest.partition(" ")
                if self.isolation != "namespaces":
                    self.init = 0
            elif word == "refused":
                self.isolation, self.reason, self.init = "refused", rest, 0
        return chunk == b""

    def _end_namespace(self) -> bool:
        """Kill the namespace's init, so that the kernel kills everything in it; False if there is none."""
        if not self.init or reap.pid_namespace(self.init) != self.pid_namespace:
            return False
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(self.init, signal.SIGKILL)
        return True

    def _exit_status(self, seconds: float) -> int | None:
        """The worker's exit status as `Popen.returncode` gives it, once it has exited (its supervisor
        exits only once the namespace is empty), waiting up to `seconds`; None if it is still running.
        It is left unreaped, so that its pid and process group stay ours until `close`."""
        if not hasattr(os, "waitid"):  # macOS before Python 3.13: reap it
            try:
                return self.proc.wait(timeout=seconds)
            except subprocess.TimeoutExpired:
                return None
        end = time.monotonic() + seconds
        while True:
            info = os.waitid(os.P_PID, self.proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            if info is not None and info.si_pid:
                return info.si_status if info.si_code == os.CLD_EXITED else -info.si_status
            if time.monotonic() >= end:
                return None
            time.sleep(0.002)

    def _exchange(self, run: Run) -> None:
        calls = self._calls
        reader = channel.ResultReader(run)
        assert self.proc.stdout is not None and self.proc.stderr is not None
        streams = {self.proc.stdout.fileno(): run.stdout, self.proc.stderr.fileno(): run.stderr}
        sel = selectors.DefaultSelector()
        job_fd = self._job.fileno() if self._pending else -1
        if self._pending:
            sel.register(job_fd, selectors.EVENT_WRITE)
        for fd in (self._results.fileno(), self._control.fileno(), *streams):
            sel.register(fd, selectors.EVENT_READ)
        for key in sel.get_map().values():
            os.set_blocking(key.fd, False)
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
                    if key.fd == self._control.fileno():
                        if self._read_control():
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
                if not events and self._exit_status(0) is not None:
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
        code = self._exit_status(1.0)
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
