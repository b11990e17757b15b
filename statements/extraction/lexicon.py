"""Word lists are written as one string of words (easier to read and extend than a list)."""


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text`."""
    return tuple(text.split())
