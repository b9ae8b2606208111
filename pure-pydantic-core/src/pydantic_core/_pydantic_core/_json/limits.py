"""The native parser's limits (observed: 201 nested containers are refused
as soon as the innermost holds a value; integer parts, sign included, of
more than 4300 characters are "number out of range")."""

# A container nested deeper than this cannot hold a value.
MAX_DEPTH = 200
# Longer integer parts (sign included) are "number out of range".
MAX_INT_CHARS = 4300
