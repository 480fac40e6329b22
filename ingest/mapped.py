"""A build's .npy arrays, memory-mapped read-only.

The pages are the OS page cache's: every worker on a host shares them, a process holds only
what its queries touched, and the kernel may drop them again under pressure. The view is a
plain ndarray: np.memmap's own indexing costs microseconds per slice, and a cross-document
question slices postings hundreds of thousands of times.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np


def load_mapped(path: Path) -> np.ndarray:
    return np.load(path, mmap_mode="r").view(np.ndarray)
