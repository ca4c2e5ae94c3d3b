"""None, True and False live for the whole session on Python 3.11, whatever PySide6 6.12 does.

PySide6 6.12's wheels (built for Python's stable ABI) give back None from each
call that returns nothing (`QTimer.start()`, `setText()`, ...) and True from
each `Signal.emit()` without counting the reference they hand over. From Python
3.12 on those three objects are immortal and that does no harm; on 3.11 every
such call takes a reference from them for good. Typing one character into the
customer letter took about 16 references from None and 2 from True, and after
about 2,000 characters Python ended the app mid-sentence with "Fatal Python
error: none_dealloc: deallocating None" (`tests/ui/test_immortal.py` measures
the rate). On CPython before 3.12, `keep_alive` gives the three a reference
count no session can use up, as 3.12 does for them; elsewhere it does nothing.
No Qt here: it runs before the QApplication exists.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # references: at 20 a keystroke, fifty billion keystrokes


def keep_alive() -> None:
    """Give None, True and False RESERVE more references, once per process."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < RESERVE // 2:
            # ob_refcnt is the first field of every CPython object, at the object's address.
            ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
