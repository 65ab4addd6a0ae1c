"""Resident memory of the current process (Linux ``/proc``), standard library only.

Shared by the workers of both environments (the project's and the official SDK's), so it imports
nothing but the standard library.

A measurement takes the baseline after imports and set-up (:func:`baseline`), which also resets
the kernel's high-water mark where ``/proc/self/clear_refs`` allows it, then reads the peak after
the work (:func:`peak_growth`). Where the mark cannot be reset, ``ru_maxrss`` (the peak since the
process started) is used, which can only overstate the growth.
"""

from __future__ import annotations

import resource

MIB = 1024 * 1024


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_bytes() -> int:
    """Current resident set size."""
    kib = _status_kib("VmRSS")
    if kib is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return kib * 1024


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def peak_bytes() -> int:
    """Peak resident set size (since the last reset, where resets work)."""
    kib = _status_kib("VmHWM")
    if kib is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return kib * 1024


def baseline() -> int:
    """Reset the high-water mark (where possible) and return the current RSS."""
    _reset_peak()
    return rss_bytes()


def peak_growth(base: int) -> int:
    """Bytes the peak RSS rose above ``base``."""
    return max(peak_bytes() - base, 0)


def process_cpu() -> float:
    """CPU seconds (user and system) this process has used."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
