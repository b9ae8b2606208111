"""application/x-www-form-urlencoded parsing, for `query_params()`."""

from ._percent import percent_decode_bytes

__all__ = ['parse_query']


def _decode(text: str) -> str:
    if '+' in text:
        text = text.replace('+', ' ')
    if '%' not in text:
        return text
    return percent_decode_bytes(text).decode('utf-8', 'replace')


def parse_query(query: str | None) -> list[tuple[str, str]]:
    if not query:
        return []
    pairs = []
    for item in query.split('&'):
        if not item:
            continue
        name, _, value = item.partition('=')
        pairs.append((_decode(name), _decode(value)))
    return pairs
