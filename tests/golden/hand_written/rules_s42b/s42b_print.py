"""The rules_s42b printers: rules_s41b's (rules_s38c's for the budgets, rules_s38d's for the finals), imported, with
one hook on rules_s38c's Printer: a table carrying ``break_before = code`` goes on to a new page just before the row
of that code (s42b_lib sets it on the first 项 after a 款, in a table whose header is not repeated). The hook
watches the cells the printer wraps and tells its page-bottom test, once, that the page is full. Nothing here reads
the parser."""

from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "rules_s41b"))
import s41b_print  # noqa: E402

s38c_print = s41b_print.s40b_print.s38c_print
_LOW = s38c_print.BOTTOM


class _Bottom:
    """rules_s38c's BOTTOM (a page's lowest y) that can say "full" once, for the next row."""

    force = False

    def __gt__(self, y):  # y < BOTTOM
        if self.force:
            self.force = False
            return True
        return y < _LOW

    def __lt__(self, y):  # BOTTOM < y
        return y > _LOW


_B = _Bottom()
_TARGET = [None]
_wrap = s38c_print.wrap
_table = s38c_print.Printer.table


def _wrap_hook(text, width, fs):
    if _TARGET[0] is not None and text == _TARGET[0]:
        _B.force = True
    return _wrap(text, width, fs)


def _table_hook(self, t, org):
    _TARGET[0] = getattr(t, "break_before", None)
    try:
        _table(self, t, org)
    finally:
        _TARGET[0] = None
        _B.force = False


s38c_print.BOTTOM = _B
s38c_print.wrap = _wrap_hook
s38c_print.Printer.table = _table_hook

write_budget = s41b_print.write_budget
write_final = s41b_print.write_final
