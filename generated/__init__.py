'Code errkb generates from the canonical specs: typed errors and request validators.'

from __future__ import annotations

# Product key to package name.
PRODUCTS: dict[str, str] = {
    'ens': 'ens',
}
