# SPDX-License-Identifier: GPL-3.0-or-later
"""The control socket as an attacker or a broken client meets it: its permissions,
a connection from another user, malformed and oversized messages, clients that
never finish, floods, and a seeded fuzz run of mutated requests against the real
daemon. Afterwards the daemon still answers, holds no extra file descriptors and
has not grown.

LIMBER_SOCKET_FUZZ_SECONDS (default 8) sets the length of the fuzz run,
LIMBER_SOCKET_FUZZ_SEED its seed (printed)."""

import ctypes
import json
import os
import random
import socket
import stat
import time

import pytest

from limber_driver import Daemon, Sandbox, wait_for

FUZZ_SECONDS = float(os.environ.get("LIMBER_SOCKET_FUZZ_SECONDS", "8"))
NOBODY = 65534


@pytest.fixture
def daemon(tmp_path):
    box = Sandbox(tmp_path / "sandbox")
    box.write_settings(login_start_at_login="false")
    with Daemon(os.environ["LIMBER_BINARY"], box, scale=60, null_platform=True) as running:
        running.wait_ready()
        yield running
    assert running.process.returncode == 0, running.log()


def open_fds(daemon) -> int:
    return len(os.listdir(f"/proc/{daemon.process.pid}/fd"))


def fd_targets(daemon) -> list[str]:
    directory = f"/proc/{daemon.process.pid}/fd"
    targets = []
    for fd in sorted(os.listdir(directory), key=int):
        try:
            targets.append(f"{fd}:{os.readlink(f'{directory}/{fd}')}")
        except OSError:
            pass
    return targets


def rss_kib(daemon) -> int:
    with open(f"/proc/{daemon.process.pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


def under_asan(daemon) -> bool:
    with open(f"/proc/{daemon.process.pid}/maps") as maps:
        return "libasan" in maps.read()


def answer_of(daemon, payload: bytes, timeout: float = 8.0) -> dict | None:
    raw = daemon.raw(payload, timeout=timeout)
    return json.loads(raw) if raw else None


def test_the_socket_and_its_directory_are_the_users_only(daemon):
    directory = daemon.socket_path.parent
    info = os.lstat(directory)
    assert stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == os.getuid()
    sock = os.lstat(daemon.socket_path)
    assert stat.S_ISSOCK(sock.st_mode) and sock.st_uid == os.getuid()
    assert stat.S_IMODE(sock.st_mode) & 0o077 == 0, oct(sock.st_mode)
    for entry in directory.iterdir():
        assert stat.S_IMODE(os.lstat(entry).st_mode) & 0o077 == 0, f"{entry} is open to others"


def test_a_runtime_directory_made_loose_by_hand_is_tightened(tmp_path):
    box = Sandbox(tmp_path / "sandbox")
    (box.runtime / "limber").mkdir(mode=0o777)
    (box.runtime / "limber").chmod(0o777)
    with Daemon(os.environ["LIMBER_BINARY"], box, null_platform=True) as daemon:
        daemon.wait_ready()
        assert stat.S_IMODE(os.stat(box.runtime / "limber").st_mode) == 0o700


def test_someone_elses_runtime_directory_is_refused(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("needs root to make a directory owned by another user")
    box = Sandbox(tmp_path / "sandbox")
    (box.runtime / "limber").mkdir(mode=0o700)
    os.chown(box.runtime / "limber", NOBODY, NOBODY)
    daemon = Daemon(os.environ["LIMBER_BINARY"], box, null_platform=True)
    daemon.start()
    assert daemon.process.wait(timeout=30) == 1
    assert "belongs to another user" in daemon.log()


def connect_as_another_user(path: str, payload: bytes) -> bytes:
    """Connects from a child whose effective uid is `nobody` but whose file-system uid
    is still root, so it gets through the 0700 directory as a process of another user
    that had been handed the way in would. The kernel records the effective uid for
    SO_PEERCRED. Returns what the daemon answered."""
    libc = ctypes.CDLL(None, use_errno=True)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        answer = b"!"
        try:
            os.close(read_end)
            os.setegid(NOBODY)
            os.seteuid(NOBODY)
            libc.setfsuid(0)  # path lookups as root: through the 0700 directory
            assert os.geteuid() == NOBODY
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
                client.settimeout(5)
                client.connect(path)
                try:
                    client.sendall(payload)
                    answer = b""
                    while chunk := client.recv(4096):
                        answer += chunk
                except (ConnectionResetError, BrokenPipeError):
                    answer = b""
        except BaseException as error:  # noqa: BLE001 - reported to the parent
            answer = b"!" + repr(error).encode()
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(answer)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        answer = pipe.read()
    os.waitpid(pid, 0)
    assert not answer.startswith(b"!"), answer.decode(errors="replace")
    return answer


def test_a_connection_from_another_user_is_refused(daemon):
    if os.geteuid() != 0:
        pytest.skip("needs root to connect as another user (setfsuid)")
    for command in ("status", "quit"):
        payload = json.dumps({"v": 1, "command": command}).encode() + b"\n"
        assert connect_as_another_user(str(daemon.socket_path), payload) == b""
    assert daemon.alive(), "a stranger's quit must not be obeyed"
    wait_for(lambda: daemon.log().count(f"refused a control connection from user id {NOBODY}") == 2, 5,
             "the refusals to be logged")
    assert daemon.socket_status()["version"] == 1  # the owner still gets through


BAD_REQUESTS = [
    (b"hello\n", "not a JSON object"),
    (b"[1,2]\n", "not a JSON object"),
    (b'{"v":2,"command":"status"}\n', "unknown protocol version"),
    (b'{"v":1,"command":"rm -rf"}\n', "unknown command"),
    (b'{"v":1,"command":"status","extra":1}\n', "unknown field"),
    (b'{"v":1,"command":"snooze","minutes":0}\n', "minutes"),
    (b'{"v":1,"command":"snooze","minutes":1e300}\n', "minutes"),
    (b'{"v":1,"command":"pause","minutes":"10"}\n', "minutes"),
    (b'{"v":1,"command":"status","minutes":5}\n', "takes no minutes"),
    (b'{"v":1,"command":"status","json":"yes"}\n', "json"),
    (b'\x00\xff\xfe{"v":1}\n', "not a JSON object"),
    (b'{"v":1,"command":"status"' + b' ' * 5000 + b'}\n', "long"),
    (b"x" * 5000, "long"),
    (b"x" * 3_000_000, "long"),
]


@pytest.mark.parametrize("payload,reason", BAD_REQUESTS, ids=[f"bad{i}" for i in range(len(BAD_REQUESTS))])
def test_malformed_and_oversized_requests_are_refused_with_a_reason(daemon, payload, reason):
    try:
        answer = answer_of(daemon, payload)
    except (BrokenPipeError, ConnectionResetError):
        answer = None  # refused before it had finished sending: also a refusal
    if answer is not None:
        assert answer["exit"] == 2 and reason in answer["output"], answer
    assert daemon.socket_status()["version"] == 1


def test_one_request_per_connection(daemon):
    two = b'{"v":1,"command":"snooze","minutes":5}\n{"v":1,"command":"quit"}\n'
    raw = daemon.raw(two)
    assert raw.count(b"\n") == 1 and json.loads(raw)["exit"] == 0
    time.sleep(0.2)
    assert daemon.alive() and daemon.socket_status()["state"] == "snoozed"


def test_silent_and_half_open_clients_do_not_block_the_others(daemon):
    silent = []
    for _ in range(20):
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.connect(str(daemon.socket_path))
        client.sendall(b'{"v":1,')  # and then nothing
        silent.append(client)
    started = time.monotonic()
    assert daemon.socket_status()["version"] == 1
    assert time.monotonic() - started < 2
    for client in silent:
        client.close()


def mutate(rng: random.Random, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.randint(1, 8)):
        choice = rng.random()
        position = rng.randint(0, len(data))
        if choice < 0.3 and data:
            data[min(position, len(data) - 1)] = rng.randrange(256)
        elif choice < 0.5:
            data[position:position] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif choice < 0.65 and data:
            del data[position:position + rng.randint(1, 8)]
        elif choice < 0.8:
            token = rng.choice([b'"minutes":', b'"json":true', b'"v":1', b'"command":"quit"', b"\n", b"{", b"}",
                                b"[", b"]", b'"', b",", b"1e999", b"-1", b"null", b"\\u0000", b"\xc3\x28"])
            data[position:position] = token
        else:
            data += data[:rng.randint(0, len(data))] * rng.randint(1, 3)
    return bytes(data)


def test_fuzzed_requests_against_the_real_socket(daemon):
    seed = int(os.environ.get("LIMBER_SOCKET_FUZZ_SEED") or random.SystemRandom().randrange(2**32))
    print(f"\nLIMBER_SOCKET_FUZZ_SEED={seed}")
    rng = random.Random(seed)
    # Commands the fuzzer may turn into a valid request. "quit" and "break-now" are left
    # out so that the daemon stays up and no window piles up; they are tested above.
    seeds = [json.dumps(m).encode() + b"\n" for m in (
        {"v": 1, "command": "status", "json": True}, {"v": 1, "command": "snooze", "minutes": 10},
        {"v": 1, "command": "pause", "minutes": 5}, {"v": 1, "command": "resume"},
        {"v": 1, "command": "stats"}, {"v": 1, "command": "activate"})]
    # Once the history is open (stats waits for it), its files are part of the baseline.
    assert daemon.request("stats")[0] == 0
    fds, rss, before = open_fds(daemon), rss_kib(daemon), fd_targets(daemon)
    sent = refused = 0
    deadline = time.monotonic() + FUZZ_SECONDS
    while time.monotonic() < deadline:
        payload = mutate(rng, rng.choice(seeds))
        if b'"quit"' in payload or b"break-now" in payload:
            continue
        try:
            # Without a newline and without closing its end, a client is only dropped
            # after the daemon's 5 s patience: that case is tested above.
            answer = daemon.raw(payload, timeout=8.0, shutdown=b"\n" not in payload or rng.random() < 0.7)
        except (BrokenPipeError, ConnectionResetError):
            answer = b""
        except socket.timeout:
            raise AssertionError(f"no answer in 8 s to {payload!r} (seed {seed})")
        sent += 1
        if answer:
            reply = json.loads(answer)
            assert set(reply) == {"v", "exit", "output"} and reply["exit"] in (0, 1, 2), (payload, reply)
            refused += reply["exit"] == 2
        assert daemon.alive(), f"died on {payload!r} (seed {seed}):\n{daemon.log()[-3000:]}"
    print(f"{sent} fuzzed requests, {refused} refused with a reason")
    assert sent > 100
    # Nothing left open or grown: connections are closed and freed.
    daemon.request("resume")
    try:
        wait_for(lambda: open_fds(daemon) <= fds, 10, f"the daemon's file descriptors to return to {fds}")
    except AssertionError:
        print("open now:", fd_targets(daemon), "\nbefore:", before)
        raise
    if under_asan(daemon):
        print("RSS not judged: AddressSanitizer keeps freed memory in quarantine")
    else:
        assert rss_kib(daemon) < rss + 50 * 1024, f"RSS grew from {rss} KiB to {rss_kib(daemon)} KiB"
