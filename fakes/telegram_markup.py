"""Parse-mode validators for the fake Telegram Bot API.

They follow what Telegram's server (tdlib's ``parse_markdown_v2``, ``parse_markdown`` and
``parse_html``) does closely enough to reject the same malformed texts with the same kind of
message, and return the text as it would be displayed (markup removed, escapes resolved).
"""

from __future__ import annotations

import html
import re

__all__ = ["EntityParseError", "render"]

_MDV2_RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_CODE_RESERVED = frozenset("`")
_HTML_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
        "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_HTML_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot|apos|nbsp)|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_TAG_NAME = re.compile(r"[a-zA-Z0-9-]*")
_ATTR = re.compile(r"\s*([a-zA-Z0-9_-]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>\"']+))?")


class EntityParseError(ValueError):
    """Raised for text Telegram would refuse with "Bad Request: can't parse entities: ..."."""


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def render(text: str, parse_mode: str | None, *, strict_html: bool = True) -> str:
    """Validate ``text`` for ``parse_mode`` and return the displayed (plain) text.

    ``parse_mode`` is compared case-insensitively, as Telegram does; ``None`` or an empty string
    means plain text. Raises :class:`EntityParseError` with Telegram's wording on bad markup and
    ``ValueError("unsupported parse_mode")`` for an unknown mode.
    """
    mode = (parse_mode or "").lower()
    if not mode:
        return text
    if mode == "markdownv2":
        return _markdown_v2(text)
    if mode == "markdown":
        return _markdown_v1(text)
    if mode == "html":
        return _html(text, strict=strict_html)
    raise ValueError(f"Unsupported parse_mode {parse_mode!r}")


def _mdv2_closes(kind: str, text: str, i: int) -> bool:
    c = text[i]
    nxt = text[i + 1 : i + 2]
    match kind:
        case "Bold":
            return c == "*"
        case "Italic":
            return c == "_" and nxt != "_"
        case "Underline":
            return c == "_" and nxt == "_"
        case "Strikethrough":
            return c == "~"
        case "Spoiler":
            return c == "|" and nxt == "|"
        case "Code":
            return c == "`"
        case "Pre" | "PreCode":
            return text.startswith("```", i)
        case _:  # TextUrl, CustomEmoji
            return c == "]"


def _read_url(text: str, i: int) -> int:
    """``text[i]`` is ``(``; return the index of the closing ``)``."""
    start, n = i + 1, len(text)
    i = start
    while i < n and text[i] != ")":
        i += 2 if text[i] == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126 else 1
    if i >= n:
        raise EntityParseError(
            f"Can't find end of a URL at byte offset {_byte_offset(text, start)}"
        )
    return i


def _markdown_v2(text: str) -> str:
    out: list[str] = []
    stack: list[tuple[str, int]] = []  # (entity type, index where it starts)
    quote: str | None = None
    n, i = len(text), 0
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and 0 < ord(text[i + 1]) <= 126:
            out.append(text[i + 1])
            i += 2
            continue
        if (i == 0 or text[i - 1] == "\n") and not stack:
            if quote is None and text.startswith("**>", i):
                quote, i = "ExpandableBlockQuote", i + 3
                continue
            if c == ">":
                quote = quote or "BlockQuote"
                i += 1
                continue
            quote = None
        top = stack[-1][0] if stack else None
        reserved = _CODE_RESERVED if top in ("Code", "Pre", "PreCode") else _MDV2_RESERVED
        if c not in reserved:
            out.append(c)
            i += 1
            continue
        if top is not None and _mdv2_closes(top, text, i):
            stack.pop()
            if top in ("Underline", "Spoiler"):
                i += 1
            elif top in ("Pre", "PreCode"):
                i += 2
            elif top in ("TextUrl", "CustomEmoji") and text[i + 1 : i + 2] == "(":
                i = _read_url(text, i + 1)
            elif top == "CustomEmoji":
                raise EntityParseError("Custom emoji entity must contain a tg://emoji URL")
            i += 1
            continue
        start = i
        nxt = text[i + 1 : i + 2]
        if c == "_":
            kind = "Underline" if nxt == "_" else "Italic"
            i += 2 if nxt == "_" else 1
        elif c == "*":
            kind, i = "Bold", i + 1
        elif c == "~":
            kind, i = "Strikethrough", i + 1
        elif c == "[":
            kind, i = "TextUrl", i + 1
        elif c == "!" and nxt == "[":
            kind, i = "CustomEmoji", i + 2
        elif c == "|" and nxt == "|":
            at_line_end = text[i + 2 : i + 3] in ("", "\n")
            if quote == "ExpandableBlockQuote" and at_line_end:
                quote, i = None, i + 2
                continue
            kind, i = "Spoiler", i + 2
        elif c == "`" and text.startswith("```", i):
            i += 3
            lang_end = i
            while lang_end < n and not text[lang_end].isspace() and text[lang_end] != "`":
                lang_end += 1
            kind = "Pre"
            if lang_end != i and lang_end < n and text[lang_end] != "`":
                kind, i = "PreCode", lang_end
            if text[i : i + 1] in ("\n", "\r"):
                i += 1
        elif c == "`":
            kind, i = "Code", i + 1
        else:
            raise EntityParseError(
                f"Character '{c}' is reserved and must be escaped with the preceding '\\'"
            )
        stack.append((kind, start))
    if stack:
        kind, start = stack[-1]
        raise EntityParseError(
            f"Can't find end of {kind} entity at byte offset {_byte_offset(text, start)}"
        )
    return "".join(out)


def _markdown_v1(text: str) -> str:
    out: list[str] = []
    n, i = len(text), 0
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in "_*`[":
            out.append(text[i + 1])
            i += 2
            continue
        if c not in "_*`[":
            out.append(c)
            i += 1
            continue
        start = i
        if text.startswith("```", i):
            end = text.find("```", i + 3)
            body_start = i + 3
        else:
            end = text.find("]" if c == "[" else c, i + 1)
            body_start = i + 1
        if end < 0:
            raise EntityParseError(
                f"Can't find end of the entity starting at byte offset {_byte_offset(text, start)}"
            )
        out.append(text[body_start:end])
        i = end + (3 if text.startswith("```", start) else 1)
        if c == "[" and text[i : i + 1] == "(":
            close = text.find(")", i)
            if close < 0:
                raise EntityParseError(
                    f"Can't find end of a URL at byte offset {_byte_offset(text, i)}"
                )
            i = close + 1
    return "".join(out)


def _html_entity(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _html(text: str, *, strict: bool) -> str:
    out: list[str] = []
    stack: list[tuple[str, int]] = []
    n, i = len(text), 0
    while i < n:
        c = text[i]
        if c == "&":
            m = _HTML_ENTITY.match(text, i)
            if m:
                out.append(_html_entity(m))
                i = m.end()
                continue
            if strict:
                raise EntityParseError(
                    f"Character '&' must be escaped as &amp; at byte offset {_byte_offset(text, i)}"
                    " (strict_html: real Telegram would show it literally)"
                )
        if c == ">" and strict:
            raise EntityParseError(
                f"Character '>' must be escaped as &gt; at byte offset {_byte_offset(text, i)}"
                " (strict_html: real Telegram would show it literally)"
            )
        if c != "<":
            out.append(c)
            i += 1
            continue
        begin = i
        close = text.find(">", i)
        if text[i + 1 : i + 2] == "/":
            if close < 0:
                raise EntityParseError(f"Unclosed end tag at byte offset {_byte_offset(text, i)}")
            name = text[i + 2 : close].strip().lower()
            if not stack:
                raise EntityParseError(f"Unexpected end tag at byte offset {_byte_offset(text, i)}")
            if name != stack[-1][0]:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(text, i)}, "
                    f'expected "</{stack[-1][0]}>", found "</{name}>"'
                )
            stack.pop()
            i = close + 1
            continue
        name_match = _TAG_NAME.match(text, i + 1)
        assert name_match is not None  # the pattern accepts the empty string
        name = name_match.group(0).lower()
        if name not in _HTML_TAGS:
            raise EntityParseError(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(text, begin)}'
            )
        if close < 0:
            raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(text, begin)}")
        attrs = {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(text, name_match.end(), close)}
        if name == "span" and attrs.get("class") != "tg-spoiler":
            offset = _byte_offset(text, begin)
            raise EntityParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {offset}'
            )
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise EntityParseError("Custom emoji entity must have an emoji-id")
        stack.append((name, begin))
        i = close + 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return "".join(out)
