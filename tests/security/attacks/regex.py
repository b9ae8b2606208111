# A loop inside C code (catastrophic backtracking) that no interrupt stops.
import re

re.match(r"(a+)+$", "a" * 64 + "b")
