"""Running the stub: in the foreground (``errkb stub``) or in a background thread for tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

import uvicorn
from starlette.types import ASGIApp

from ..errors import ErrkbError
from . import catalog as catalog_mod
from .app import StubApp, create_app
from .auth import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET, WINDOW_SECONDS, Authenticator

HOST = "127.0.0.1"


def build(root: Path, product: str = "ens", keys: Mapping[str, str] | None = None,
          window: float = WINDOW_SECONDS) -> StubApp:
    """The stub app for `product`'s specs and generated validators under `root`."""
    cat = catalog_mod.load(Path(root), product)
    return create_app(cat, Authenticator(keys or {DEFAULT_KEY_ID: DEFAULT_KEY_SECRET}, window))


def parse_key(text: str) -> tuple[str, str]:
    """``ID:SECRET`` → (id, secret)."""
    key_id, sep, secret = text.partition(":")
    if not sep or not key_id or not secret:
        raise ErrkbError(f"a key is ID:SECRET, got {text!r}")
    return key_id, secret


def config(app: ASGIApp, port: int = 0) -> uvicorn.Config:
    """The uvicorn settings the stub (and the benchmark's baseline) run with: loopback, one worker,
    no access log (the stub logs one line per request itself)."""
    return uvicorn.Config(app, host=HOST, port=port, log_config=None, access_log=False, lifespan="off",
                          loop="asyncio", http="h11", backlog=2048, timeout_keep_alive=30)


def bind(port: int) -> socket.socket:
    # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says TCP.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError as exc:
        sock.close()
        raise ErrkbError(f"cannot listen on {HOST}:{port}: {exc}") from None
    sock.listen(2048)
    return sock


@contextlib.contextmanager
def serving(app: ASGIApp, port: int = 0, timeout: float = 10.0) -> Iterator[str]:
    """Serve an ASGI app on loopback in a background thread; yields its base URL, stops on exit."""
    sock = bind(port)
    server = uvicorn.Server(config(app))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="errkb-stub", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise ErrkbError("the stub server did not start")
        time.sleep(0.01)
    try:
        yield f"http://{HOST}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()


@contextlib.contextmanager
def running_stub(root: Path | str = ".", port: int = 0, product: str = "ens",
                 keys: Mapping[str, str] | None = None, window: float = WINDOW_SECONDS) -> Iterator[str]:
    """``with running_stub(root, port=0) as url:`` — the stub for `product` on loopback, in a thread."""
    stub = build(Path(root), product, keys, window)
    with serving(stub.app, port) as url:
        yield url


def serve_forever(root: Path, port: int, product: str, keys: Mapping[str, str]) -> None:
    """Foreground serving for ``errkb stub``; returns on Ctrl-C."""
    stub = build(root, product, keys)
    sock = bind(port)
    ops = len(stub.catalog.operations)
    print(f"errkb stub: {stub.catalog.product} {stub.catalog.version}, {ops} operation(s), "
          f"on http://{HOST}:{sock.getsockname()[1]}", flush=True)
    try:
        uvicorn.Server(config(stub.app)).run(sockets=[sock])
    finally:
        sock.close()
