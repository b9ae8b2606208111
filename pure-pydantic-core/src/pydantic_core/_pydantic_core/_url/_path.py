"""Path segments: dot segments, percent-encoding, and the url crate's Windows drive letter rules."""

import re

from . import _violations as V
from ._percent import PATH

__all__ = ['parse_path', 'is_drive_letter']

_DOUBLE_DOT = frozenset(('..', '.%2e', '%2e.', '%2e%2e'))
_SINGLE_DOT = frozenset(('.', '%2e', '%2E'))
_ALPHA = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
_SEPARATORS = re.compile(r'([/\\])')


def is_drive_letter(segment: str) -> bool:
    return len(segment) == 2 and segment[0] in _ALPHA and segment[1] in ':|'


def _pops(segment: str) -> bool:
    # the url crate never pops a segment that starts with a Windows drive letter
    # ('C:' or 'C|', alone or before a backslash), whatever the scheme
    return not (is_drive_letter(segment[:2]) and segment[2:3] in ('', '\\'))


def parse_path(text: str, special: bool, segments: list, violations, file_state=None) -> None:
    """Append the segments of `text` (a path without its leading slash) to `segments`.

    `file_state` is given for file URLs: [host or None, may a drive letter convert?,
    positions in `text` where tabs or newlines were removed]. A Windows drive letter
    as the first segment gets its ':' (and removes the host, written back into
    file_state[0]) when the URL has no authority or a non-empty host, or after a
    '..' at the root. In the same place, a first segment 'X:' + tab + more splits
    after the 'X:' as the url crate does it (the rest is taken as it is, even '..'). Leading
    empty segments of file paths are dropped at the end (an older rule of the
    standard that the url crate keeps).
    """
    if special:
        pieces = _SEPARATORS.split(text)
    else:
        pieces = [p for piece in text.split('/') for p in (piece, '/')][:-1]
    count = len(pieces)
    offset = -1
    for index in range(0, count, 2):
        segment = pieces[index]
        offset += 1 + (len(pieces[index - 2]) if index else 0)  # where the segment starts in `text`
        last = index == count - 1
        if violations is not None:
            V.add_unit_violation(segment, violations)
            if not last and pieces[index + 1] == '\\':
                violations.append(V.BACKSLASH)
        if len(segment) in (2, 4, 6) and segment.lower() in _DOUBLE_DOT:
            if segments:
                if _pops(segments[-1]):
                    segments.pop()
            elif file_state is not None:
                file_state[1] = True  # a '..' at the root: a drive letter converts from now on
            if last:
                segments.append('')
        elif segment in _SINGLE_DOT:
            if last:
                segments.append('')
        else:
            if (
                file_state is not None
                and not segments
                and file_state[1]
                and len(segment) > 2
                and segment[1] == ':'
                and segment[0] in _ALPHA
                and offset + 2 in file_state[2]
            ):
                # two segments from here on, but the second one was no dot segment
                segments.append(segment[:2])
                segment = segment[2:]
            elif file_state is not None and not segments and file_state[1] and is_drive_letter(segment):
                if file_state[0]:
                    if violations is not None:
                        violations.append(V.FILE_HOST)
                    file_state[0] = ''
                segment = segment[0] + ':'
            segments.append(segment.translate(PATH))
    if file_state is not None:
        while len(segments) > 1 and segments[0] == '':
            del segments[0]
