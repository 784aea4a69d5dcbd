"""Text colour that stays legible on a fill: WCAG 2 contrast ratios, pure arithmetic."""

from __future__ import annotations

AA_NORMAL_TEXT = 4.5  # WCAG 2.x level AA, normal-size text
BLACK, WHITE = "000000", "FFFFFF"


def relative_luminance(color: str) -> float:
    """WCAG relative luminance of a colour given as "RRGGBB" or "#RRGGBB"."""
    color = color.lstrip("#")
    channels = [int(color[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (no contrast) to 21 (black on white), whichever colour is lighter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_text_color(*fills: str) -> str:
    """Black or white, whichever contrasts best with every colour of the fill (a pattern has two).

    One of them always reaches AA on a single colour, since black and white sit
    at the two ends of the luminance scale.
    """
    return max((BLACK, WHITE), key=lambda text: min(contrast_ratio(text, fill) for fill in fills))
