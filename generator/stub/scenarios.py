"""Scenarios: a test asks the stub to answer with a documented error instead of the normal outcome.

Two ways: the request header ``x-errkb-scenario: CODE`` (this request only), or
``POST /_errkb/scenario`` with ``{"operation": "CreateSnapshot", "code": "OrderFailed", "times": 2}``
(the next `times` authenticated calls of that operation; ``operation`` omitted or ``"*"`` = any
operation; ``times`` omitted = 1, ``null`` = until ``DELETE /_errkb/scenario``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

ANY = "*"


@dataclass
class Scenario:
    operation: str
    code: str
    times: int | None


class ScenarioError(ValueError):
    """A scenario request that cannot be honoured (bad shape, unknown operation or code)."""


def parse(payload: Any) -> Scenario:
    """A scenario from the control endpoint's JSON; raises ScenarioError."""
    if not isinstance(payload, dict):
        raise ScenarioError("expected a JSON object {operation, code, times}")
    unknown = set(payload) - {"operation", "code", "times"}
    if unknown:
        raise ScenarioError(f"unknown keys: {sorted(unknown)}")
    code = payload.get("code")
    operation = payload.get("operation", ANY) or ANY
    times = payload.get("times", 1)
    if not isinstance(code, str) or not code:
        raise ScenarioError("'code' must be a non-empty string")
    if not isinstance(operation, str):
        raise ScenarioError("'operation' must be a string")
    if times is not None and (not isinstance(times, int) or isinstance(times, bool) or times < 1):
        raise ScenarioError("'times' must be a positive integer or null")
    return Scenario(operation, code, times)


class ScenarioBook:
    """Queued scenarios, consumed first-in first-out per operation; thread-safe."""

    def __init__(self) -> None:
        self._queue: list[Scenario] = []
        self._lock = threading.Lock()

    def add(self, scenario: Scenario) -> None:
        with self._lock:
            self._queue.append(scenario)

    def clear(self) -> int:
        with self._lock:
            n = len(self._queue)
            self._queue.clear()
            return n

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"operation": s.operation, "code": s.code, "times": s.times} for s in self._queue]

    def take(self, operation: str) -> str | None:
        """The code to answer `operation` with, using up one of its scenario's times; None when none."""
        with self._lock:
            for i, s in enumerate(self._queue):
                if s.operation in (ANY, operation):
                    if s.times is not None:
                        s.times -= 1
                        if s.times <= 0:
                            del self._queue[i]
                    return s.code
        return None
