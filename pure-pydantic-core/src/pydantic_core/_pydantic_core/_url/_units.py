"""URL code points: what strict mode reports as 'non-URL code point'."""

import re

__all__ = ['BAD_UNIT', 'NON_URL_WIDE']

# non-URL code points beyond ASCII: C1 controls, surrogates, noncharacters, and (as
# the native core has it, unlike the standard) U+E0000 to U+E0FFF
NON_URL_WIDE = '[\x80-\x9f\ud800-\udfff\ufdd0-\ufdef\U000e0000-\U000e0fff%s]' % ''.join(
    chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17)
)
# a char-level violation: a '%' without two hex digits, or a non-URL code point
# (classes listed rather than ranged: large Unicode ranges make the pattern slow to compile)
BAD_UNIT = re.compile('(%%(?![0-9A-Fa-f]{2}))|[\x00-\x20"#<>\\[\\\\\\]^`{|}\x7f]|%s' % NON_URL_WIDE)
