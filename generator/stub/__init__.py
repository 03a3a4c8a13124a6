"""A local stand-in for the vendor's API, built from the canonical specs and generated validators.

``with running_stub(root, port=0) as url:`` serves one product on loopback in a background thread.
"""

from __future__ import annotations

from .auth import DEFAULT_KEY_ID, DEFAULT_KEY_SECRET
from .server import build, running_stub

__all__ = ["DEFAULT_KEY_ID", "DEFAULT_KEY_SECRET", "build", "running_stub"]
