"""Where the tier board puts cards, worked out on demand."""

from PySide6.QtCore import QPoint, QRect

from workbench.ui.panels.tier_list.board_layout import (CARD_HEIGHT, CARD_WIDTH, GAP, HEADER_WIDTH, ROW_PADDING,
                                                        CardPlaces, TierRow, columns_for, row_height)


def two_rows():
    columns = columns_for(HEADER_WIDTH + GAP + 3 * (CARD_WIDTH + GAP))
    first = TierRow(1, QRect(0, 0, 800, row_height(7, columns)), list(range(7)), columns)
    second = TierRow(2, QRect(0, first.rect.bottom() + 3, 800, row_height(0, columns)), [], columns)
    return columns, first, second


def test_cards_fill_lines_of_the_row_left_to_right():
    columns, row, _ = two_rows()
    assert columns == 3 and row.rect.height() == 3 * (CARD_HEIGHT + GAP) - GAP + 2 * ROW_PADDING
    assert row.card_rect(0) == QRect(HEADER_WIDTH + GAP, ROW_PADDING, CARD_WIDTH, CARD_HEIGHT)
    assert row.card_rect(4).topLeft() == QPoint(HEADER_WIDTH + GAP + CARD_WIDTH + GAP, ROW_PADDING + CARD_HEIGHT + GAP)


def test_only_the_cards_of_the_lines_an_area_covers_are_visited():
    _, row, _ = two_rows()
    second_line = QRect(0, row.card_rect(3).top() + 2, 800, 5)
    assert list(row.cards_in(second_line)) == [3, 4, 5]
    assert list(row.cards_in(row.rect)) == list(range(7))
    assert list(row.cards_in(QRect(0, row.rect.bottom() + 50, 800, 10))) == []


def test_a_point_finds_its_card_and_a_gap_finds_none():
    _, row, _ = two_rows()
    assert row.card_at(row.card_rect(5).center()) == 5
    between = row.card_rect(0).topRight() + QPoint(GAP // 2 + 1, 5)
    assert row.card_at(between) is None
    assert row.card_at(QPoint(10, 10)) is None, "the tier header"


def test_card_places_map_vendors_to_their_rectangles():
    _, first, second = two_rows()
    vendor_ids = [f"v{n}" for n in range(7)]
    places = CardPlaces([first, second], vendor_ids)
    assert len(places) == 7 and list(places) == vendor_ids and "v9" not in places
    assert places["v4"] == first.card_rect(4)
