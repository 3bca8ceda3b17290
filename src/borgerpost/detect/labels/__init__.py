"""Label detectors, one per file; each registers itself with ``@register`` where it is
defined. ``load_all()`` imports every module here, so adding a detector is adding a file."""

from __future__ import annotations

import importlib
import pkgutil


def load_all() -> None:
    """Import every label module (registering its detectors)."""
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
