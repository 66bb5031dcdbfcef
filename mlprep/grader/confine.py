"""Confining the worker before any submitted code runs: Linux namespaces where the kernel allows them,
else the process-level fallback. See docs/sandbox.md for what each guarantees.

Loaded by `worker.py` by file path and run in the worker's own process, so, like the worker, it imports
only the standard library. With namespaces the process tree is (S is what `sandbox.py` started; I0, I and
W are forks of it, so Python starts once):

    mlprep ─ S   supervisor, outside: tells mlprep which isolation is in force, exits with W's status
             └ I0  in new user, mount, network, IPC, UTS and cgroup namespaces; S maps its user
                └ I   pid 1 of a new pid namespace: builds the file system view, then reaps orphans;
                   │  when W ends or I is killed, the kernel kills every process left in the namespace
                   └ W   the worker: no capabilities, resource limits, runs the submission

W sees the Python runtime read-only (mlprep's package, drills and data masked), a private tmpfs at /tmp
(its working directory, removed with the namespace), a few devices and its own /proc; it cannot create
user namespaces, has only a loopback network, a new session keyring, and cannot address any process
outside the namespace.
If any step fails before W has imported numpy, S kills what it started and runs as the worker itself
with process-level protections (`process`), unless namespaces were demanded.

S reports to mlprep on the control pipe, one line each: `init PID` (I's host pid, so mlprep can end the
namespace), then `isolation namespaces`, `isolation process REASON` or `refused REASON`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import sys
import tempfile
from dataclasses import dataclass

CLONE_NEWNS = 0x00020000
CLONE_NEWCGROUP = 0x02000000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
NAMESPACES = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWCGROUP

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC = 1, 2, 4, 8
MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 32, 4096, 16384, 1 << 18
MS_NOATIME, MS_NODIRATIME, MS_RELATIME = 1024, 2048, 1 << 21
MNT_DETACH = 2
# statvfs flags (Linux's ST_* values) a bind mount inherits and that a read-only remount must repeat, as
# user namespaces lock them
KEPT_FLAGS = {2: MS_NOSUID, 4: MS_NODEV, 8: MS_NOEXEC, 1024: MS_NOATIME, 2048: MS_NODIRATIME, 4096: MS_RELATIME}

PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 1, 4, 24, 38
PR_SET_CHILD_SUBREAPER, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 36, 47, 4
# (pivot_root, keyctl) system call numbers, which libc has no wrappers for
SYSCALLS = {"x86_64": (155, 250), "aarch64": (41, 219), "riscv64": (41, 219)}
KEYCTL_JOIN_SESSION_KEYRING = 1

OVERFLOW_ID = 65534  # root's processes run as this host user ("nobody") inside the namespaces
SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/nix/store")
DEVICES = ("null", "zero", "full", "random", "urandom")
DEVICE_LINKS = {
    "fd": "/proc/self/fd",
    "stdin": "/proc/self/fd/0",
    "stdout": "/proc/self/fd/1",
    "stderr": "/proc/self/fd/2",
}
SCRATCH = "/tmp"
SCRATCH_OPTIONS = "size=32m,nr_inodes=4096,mode=700"
NAMESPACE_PROCESSES = 64  # RLIMIT_NPROC inside the namespaces, where it counts only the sandbox's tasks
FALLBACK_PROCESSES = 64  # more tasks allowed in the fallback than the user already has
SETUP_FAILED = 70  # exit status of I0 or W when they could not finish setting up


class SetupError(Exception):
    """A step of setting up the namespaces failed; the message says which, in words."""


@dataclass
class Box:
    """What the worker needs to know about its confinement."""

    mode: str  # "namespaces" or "process"
    scratch: str  # private writable directory: working directory, HOME and TMPDIR
    status: int = -1  # namespaces: pipe to the supervisor, closed once the worker is ready

    def ready(self) -> None:
        """The worker has imported numpy; from here on it runs submitted code and may not fall back."""
        if self.status >= 0:
            _say(self.status, "ready")
            os.close(self.status)
            self.status = -1

    def failed(self, exc: BaseException) -> None:
        """Numpy cannot be imported in here: with namespaces, end this attempt so S falls back."""
        if self.status >= 0:
            _say(self.status, f"fail numpy cannot be imported inside the namespaces ({_describe(exc)})")
            os._exit(SETUP_FAILED)

    def place(self, name: str, source: bytes) -> str:
        """Write the submission into the scratch directory and return its path."""
        path = os.path.join(self.scratch, os.path.basename(name) or "submission.py")
        with open(path, "wb") as f:
            f.write(source)
        return path

    def limit(self, limits: list[list[int]]) -> None:
        """Apply resource limits (hard = soft, so they cannot be raised again), plus a process cap."""
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a file over the size limit fails with EFBIG instead
        wanted = [tuple(pair) for pair in limits]
        processes = _process_cap(self.mode)
        if processes is not None:
            wanted.append((resource.RLIMIT_NPROC, processes))
        for kind, value in wanted:
            with contextlib.suppress(ValueError, OSError):  # a platform without this limit keeps going
                resource.setrlimit(kind, (value, value))


def enter(plan: dict) -> Box:
    """Confine this process as `plan` says; returns in the process that goes on as the worker."""
    control = plan["control"]
    _die_with_parent(plan["parent"])
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no process of a run ever writes a core file
    mode = plan["mode"]
    if mode == "process":
        reason = "MLPREP_SANDBOX=process"
    else:
        outcome = _namespaces(plan)
        if isinstance(outcome, Box):
            return outcome
        reason = outcome
        if mode == "namespaces":
            _say(control, f"refused {reason}")
            os._exit(SETUP_FAILED)
    return _process(plan, reason)


def _process(plan: dict, reason: str) -> Box:
    """The fallback: this process is the worker, in its own session, finding and adopting what it starts."""
    with contextlib.suppress(OSError, AttributeError):
        _prctl(PR_SET_CHILD_SUBREAPER, 1)
    scratch = plan["scratch"]
    os.mkdir(scratch, 0o700)
    os.chdir(scratch)
    _private_home(scratch)
    _say(plan["control"], f"isolation process {reason}")
    os.close(plan["control"])
    return Box("process", scratch)


def _namespaces(plan: dict) -> Box | str:
    """Try the namespaces; in S, return why they cannot be used (S never returns once W is ready)."""
    if not sys.platform.startswith("linux"):
        return f"Linux namespaces are not available on {sys.platform}"
    if os.uname().machine not in SYSCALLS:
        return f"namespaces are not supported on {os.uname().machine} yet"
    installed = [os.path.join(p, "mlprep") for p in sys.path if p and os.path.isdir(os.path.join(p, "mlprep"))]
    layout = _layout([*plan["secret"], *installed], plan["private"])  # any copy of mlprep, drills and all
    status_r, status_w = os.pipe()
    go_r, go_w = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            for fd in (status_r, go_w, plan["control"]):
                os.close(fd)
            box = _first(plan, layout, status_w, go_r)
        except BaseException as exc:  # never let a failed set-up go on as a worker
            with contextlib.suppress(BaseException):
                _say(status_w, f"fail {_describe(exc)}")
            os._exit(SETUP_FAILED)
        return box
    os.close(status_w)
    os.close(go_r)
    return _supervise(plan, child, status_r, go_w)


def _first(plan: dict, layout: list[tuple[str, str, str]], status: int, go: int) -> Box:
    """I0: new namespaces, its user mapped by S; forks I (whose fork W is the only one that returns)."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    root = os.geteuid() == 0
    if _libc().unshare(NAMESPACES) != 0:
        raise SetupError(f"user namespaces are not available here (unshare: {os.strerror(ctypes.get_errno())})")
    _say(status, "unshared")
    if os.read(go, 1) != b"1":
        raise SetupError("the user namespace could not be mapped")
    os.close(go)
    sources = {}
    for kind, target, source in layout:  # opened here: in this mount namespace, with the caller's access
        if kind in ("dir", "file"):
            with contextlib.suppress(OSError):
                sources[target] = os.open(source, os.O_PATH | os.O_CLOEXEC)
    if root:  # from here on the host sees uid/gid 65534, not root
        os.setresgid(0, 0, 0)
        os.setgroups([])
        os.setresuid(0, 0, 0)
    init = os.fork()
    if init == 0:
        return _init(plan, layout, sources, status)
    for fd in (*sources.values(), *_inherited(plan)):
        os.close(fd)
    _say(status, f"init {init}")
    os.waitpid(init, 0)
    os._exit(0)


def _init(plan: dict, layout: list, sources: dict[str, int], status: int) -> Box:
    """I, pid 1: build and enter the new root, fork the worker, then reap until the worker ends."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    _build_root(layout, sources)
    worker = os.fork()
    if worker == 0:
        return _worker(plan, status)
    _prctl(PR_SET_DUMPABLE, 0)  # the worker may not trace it or reach into its /proc entries
    _drop_capabilities()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # pid 1 ignores signals it has no handler for
    for fd in _inherited(plan):
        os.close(fd)
    while True:
        try:
            pid, code = os.waitpid(-1, 0)
        except ChildProcessError:
            os._exit(0)
        if pid == worker:
            _say(status, f"exit {code}")
            os._exit(0)


def _worker(plan: dict, status: int) -> Box:
    """W: drop every capability and the right to gain any, then go on as the worker."""
    low = 3
    for fd in sorted({status, *plan["pipes"]}):
        os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, 1 << 20)
    # a new, empty session keyring: the user's keys stay out of reach (where keyctl is refused, for the
    # submission too, there is nothing to do)
    _libc().syscall(SYSCALLS[os.uname().machine][1], KEYCTL_JOIN_SESSION_KEYRING, None)
    _drop_capabilities()
    os.chdir(SCRATCH)
    _private_home(SCRATCH)
    return Box("namespaces", SCRATCH, status)


def _drop_capabilities() -> None:
    """No capabilities, none that could come back (bounding and ambient sets emptied), no new privileges."""
    libc = _libc()
    cap = 0
    while libc.prctl(PR_CAPBSET_DROP, ctypes.c_ulong(cap), 0, 0, 0) == 0:
        cap += 1
    libc.prctl(PR_CAP_AMBIENT, ctypes.c_ulong(PR_CAP_AMBIENT_CLEAR_ALL), 0, 0, 0)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = (ctypes.c_uint32 * 6)()
    _check(libc.capset(header, data), "capset")
    _prctl(PR_SET_NO_NEW_PRIVS, 1)


def _supervise(plan: dict, child: int, status: int, go: int) -> str:
    """S: write I0's user mapping, relay progress to mlprep, and end with the worker's status; or, if the
    set-up failed before the worker was ready, clean up and return why."""
    control = plan["control"]
    lines = _lines(status)
    init = 0
    reason = ""
    ended = False  # I reported the worker's end: a set-up that failed, not one ended from outside
    for line in lines:
        word, _, rest = line.partition(" ")
        ended = ended or word == "exit"
        if word == "unshared":
            problem = _map_user(child)
            os.write(go, b"0" if problem else b"1")
            reason = reason or problem or ""
        elif word == "init":
            init = int(rest)
            _say(control, line)
        elif word == "fail":
            reason = reason or rest
        elif word == "ready":
            break
    else:  # the status pipe closed before the worker was ready
        os.close(go)
        if init:
            with contextlib.suppress(OSError):
                os.kill(init, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(status)
        if init and not reason and not ended:  # mlprep ended the namespace before the worker was ready
            os._exit(SETUP_FAILED)
        return reason or "the sandbox could not be set up"
    os.close(go)
    _say(control, "isolation namespaces")
    for fd in (*_inherited(plan), control, 0, 1, 2):
        with contextlib.suppress(OSError):
            os.close(fd)
    code = None
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "exit":
            code = int(rest)
    os.waitpid(child, 0)
    if code is not None and os.WIFEXITED(code):
        os._exit(os.WEXITSTATUS(code))
    sig = os.WTERMSIG(code) if code is not None and os.WIFSIGNALED(code) else signal.SIGKILL
    with contextlib.suppress(OSError, ValueError):  # SIGKILL has no handler to reset
        signal.signal(sig, signal.SIG_DFL)
    _libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # end as the worker did (say, SIGSEGV), but dump nothing
    os.kill(os.getpid(), sig)
    os._exit(128 + sig)


def _map_user(child: int) -> str | None:
    """Map I0's user and group inside its namespace: the caller's own, or for root, the host's 65534."""
    uid, gid = os.geteuid(), os.getegid()
    try:
        maps: tuple[tuple[str, str], ...]
        if uid == 0:
            maps = (("uid_map", f"0 {OVERFLOW_ID} 1"), ("gid_map", f"0 {OVERFLOW_ID} 1"))
        else:
            maps = (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1"))
        for name, text in maps:
            with open(f"/proc/{child}/{name}", "w") as f:
                f.write(text)
    except OSError as exc:
        return f"the user namespace could not be mapped ({_describe(exc)})"
    return None


def _build_root(layout: list[tuple[str, str, str]], sources: dict[str, int]) -> None:
    """Assemble the worker's file system on a tmpfs and make it the root; the old root is detached."""
    libc = _libc()
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    new = "/tmp"
    _mount("tmpfs", new, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,nr_inodes=4096,mode=755")
    os.mkdir(new + SCRATCH)
    _mount("tmpfs", new + SCRATCH, "tmpfs", MS_NOSUID | MS_NODEV, SCRATCH_OPTIONS)
    os.mkdir(new + "/proc")
    with contextlib.suppress(OSError):  # a kernel that refuses (e.g. /proc partly hidden) leaves it empty
        _mount("proc", new + "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
        with open(new + "/proc/sys/user/max_user_namespaces", "w") as f:
            f.write("0")  # no nested user namespaces, hence no capabilities ever again
    for kind, target, source in sorted(layout, key=lambda item: (item[0] == "mask", item[1].count("/"))):
        path = new + target
        if kind == "link":
            os.makedirs(os.path.dirname(path), exist_ok=True)
            os.symlink(source, path)
        elif kind == "mask":
            _mask(path)
        elif target in sources:
            if kind == "dir":
                os.makedirs(path, exist_ok=True)
            else:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "wb").close()
            handle = sources.pop(target)
            _mount(f"/proc/self/fd/{handle}", path, None, MS_BIND)
            os.close(handle)
            device = target.startswith("/dev/")
            extra = MS_NOSUID | MS_NOEXEC if device else MS_RDONLY | MS_NOSUID | MS_NODEV
            _mount(None, path, None, MS_REMOUNT | MS_BIND | extra | _kept(path, device))
    for fd in sources.values():
        os.close(fd)
    os.chdir(new)
    _check(libc.syscall(SYSCALLS[os.uname().machine][0], b".", b"."), "pivot_root")
    _check(libc.umount2(b".", MNT_DETACH), "umount")
    os.chdir("/")
    _mount(None, "/", None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)


def _mask(path: str) -> None:
    """Hide whatever is at `path` under an empty read-only tmpfs (or /dev/null's emptiness for a file)."""
    if os.path.isdir(path):
        _mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,nr_inodes=1,mode=0")
    elif os.path.exists(path):
        _mount("/dev/null", path, None, MS_BIND)


def _kept(path: str, device: bool) -> int:
    flags = os.statvfs(path).f_flag
    kept = 0
    for st, ms in KEPT_FLAGS.items():
        if flags & st and not (device and ms == MS_NODEV):
            kept |= ms
    return kept


def _layout(secret: list[str], private: list[str]) -> list[tuple[str, str, str]]:
    """What the worker sees: (kind, path inside, source) with kind "dir"/"file" (a bind mount, read-only
    except devices), "link" (a symlink) or "mask" (an empty read-only directory over something hidden).

    The runtime is the system directories, the interpreter's prefixes (its standard library and
    site-packages) and wherever numpy was installed, but no other import path: one may be a source tree
    (an editable install of mlprep holds the drills). `secret` paths (mlprep's package, drills and data)
    are never visible: one inside a bound directory (site-packages) is masked.
    `private` paths (the user's home) are masked where bound, but the runtime may live inside them.
    """
    secret = [os.path.abspath(h) for h in secret if h]
    hidden = secret + [os.path.abspath(h) for h in private if h]

    def inside(path: str, parent: str) -> bool:
        return path == parent or path.startswith(parent.rstrip("/") + "/")

    layout: list[tuple[str, str, str]] = []
    bound: list[str] = []
    for d in SYSTEM_DIRS:
        if os.path.islink(d):
            layout.append(("link", d, os.readlink(d)))
        elif os.path.isdir(d):
            bound.append(d)
    interpreter = (sys.prefix, sys.exec_prefix, sys.base_prefix, sys.base_exec_prefix)
    prefixes = sorted({os.path.abspath(p) for p in interpreter})
    numpy = _package_dir("numpy")
    numpy = os.path.dirname(numpy) if numpy else ""
    for path in [*prefixes, *([os.path.abspath(numpy)] if numpy else [])]:
        if any(inside(path, b) or inside(os.path.realpath(path), b) for b in bound):
            continue
        if path in prefixes or not any(inside(h, path) for h in secret):
            bound.append(path)
    bound = [b for b in bound if not any(inside(b, h) for h in secret)]
    layout += [("dir" if os.path.isdir(b) else "file", b, b) for b in bound]
    layout += [("file", f"/dev/{name}", f"/dev/{name}") for name in DEVICES if os.path.exists(f"/dev/{name}")]
    layout += [("link", f"/dev/{name}", target) for name, target in DEVICE_LINKS.items()]
    layout += [("mask", h, "") for h in hidden if any(inside(h, b) for b in bound)]
    return layout


def _package_dir(name: str) -> str:
    """Where this interpreter would import package `name` from (found without importing it), or ""."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return ""
    origin = spec.origin if spec and spec.origin else ""
    return os.path.dirname(origin) if origin.endswith("__init__.py") else ""


def _process_cap(mode: str) -> int | None:
    """RLIMIT_NPROC: a fixed cap inside the namespaces (they count only the sandbox's own tasks); in the
    fallback, where the count is the user's across the system, that many more than the user has now
    (none for root, which the kernel does not hold to it)."""
    if mode == "namespaces":
        return NAMESPACE_PROCESSES
    if os.geteuid() == 0 or not os.path.isdir("/proc"):
        return None
    uid = os.getuid()
    tasks = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if entry.stat().st_uid == uid:
                    tasks += len(os.listdir(f"/proc/{entry.name}/task"))
    return tasks + FALLBACK_PROCESSES


def _private_home(path: str) -> None:
    os.environ["HOME"] = os.environ["TMPDIR"] = path
    tempfile.tempdir = None


def _inherited(plan: dict) -> tuple[int, ...]:
    """The worker's own pipes and output, which only the worker may hold open (so mlprep sees them close
    when it dies)."""
    return (*plan["pipes"], 1, 2)


def _lines(fd: int):
    """The lines read from `fd` until end of file."""
    buffer = b""
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            return
        buffer += chunk
        while b"\n" in buffer:
            line, _, buffer = buffer.partition(b"\n")
            yield line.decode()


def _say(fd: int, line: str) -> None:
    os.write(fd, (line.replace("\n", " ") + "\n").encode())


def _describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, SetupError) else f"{type(exc).__name__}: {exc}"


def _die_with_parent(parent: int) -> None:
    """Linux: be killed when mlprep dies (and exit now if it already has)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:
            os._exit(SETUP_FAILED)


_LIBC: list = []


def _libc() -> ctypes.CDLL:
    if not _LIBC:
        _LIBC.append(ctypes.CDLL(None, use_errno=True))
    return _LIBC[0]


def _prctl(option: int, value: int) -> None:
    _check(_libc().prctl(option, ctypes.c_ulong(value), 0, 0, 0), "prctl")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    encode = lambda s: None if s is None else s.encode()  # noqa: E731
    result = _libc().mount(encode(source), encode(target), encode(fstype), ctypes.c_ulong(flags), encode(data))
    _check(result, f"mount {target}")


def _check(result: int, what: str) -> None:
    if result != 0:
        raise SetupError(f"the sandbox could not be set up ({what}: {os.strerror(ctypes.get_errno())})")
