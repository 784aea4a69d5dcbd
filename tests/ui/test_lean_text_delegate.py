"""The firms table's delegate: one lookup per cell, the same text a standard cell shows."""

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

from workbench.domain.firms import FirmTable
from workbench.ui.models.lean_text_delegate import ALIGN, PADDING, LeanTextDelegate
from workbench.ui.panels.firms import FirmsPanel

ROWS = [(f"企业{n}", ("110000", "310000")[n % 2], "城", "应用层") for n in range(40)]
LONG = "一家名字很长很长很长的产业链企业有限公司"


def painted(paint, size=(160, 24)) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint(painter)
    painter.end()
    return image


@pytest.fixture
def view(qtbot):
    table = QTableView()
    qtbot.addWidget(table)
    return table


def cell_option(view, width: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = QRect(0, 0, width, 24)
    option.state = QStyle.StateFlag.State_Enabled
    option.palette.setColor(option.palette.ColorRole.Text, QColor("black"))
    return option


@pytest.mark.parametrize("text, width", [(LONG, 120), ("应用层", 120), (LONG, 600)])
def test_a_cell_shows_the_text_elided_only_when_it_does_not_fit(view, text, width):
    delegate = LeanTextDelegate(lambda _row, _column: text, parent=view)
    option = cell_option(view, width)
    metrics = option.fontMetrics
    inner = option.rect.adjusted(PADDING, 0, -PADDING, 0)

    def expected(painter):
        painter.setFont(option.font)
        painter.setPen(QColor("black"))
        painter.drawText(inner, ALIGN, metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))

    def actual(painter):
        painter.setFont(option.font)
        delegate.paint(painter, option, QModelIndex())

    assert painted(actual, (width, 24)) == painted(expected, (width, 24))


def test_a_repeating_column_lays_each_value_out_once(view):
    texts = iter(["北京市", "上海市", "北京市", "北京市"])
    delegate = LeanTextDelegate(lambda _row, _column: next(texts), repeating_columns=(0,), parent=view)
    option = cell_option(view, 120)
    model = QStandardItemModel(1, 1)
    for _ in range(4):
        painted(lambda painter: delegate.paint(painter, option, model.index(0, 0)))
    assert sorted(delegate.kept_texts) == ["上海市", "北京市"]


def test_the_firms_table_paints_a_page_without_asking_the_model_for_roles(qtbot, session, monkeypatch):
    session.workspace.replace_firms(FirmTable.from_rows(ROWS))
    panel = FirmsPanel(session)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    qtbot.waitExposed(panel)
    asked, looked_up = [], []
    model, source = panel.model, panel.model.source
    original_data, original_value = type(model).data, source.value
    monkeypatch.setattr(type(model), "data", lambda self, index, role=0: asked.append(role) or original_data(
        self, index, role))
    monkeypatch.setattr(source, "value", lambda row, column: looked_up.append((row, column)) or original_value(
        row, column))
    panel.view.grab()  # renders the view and its cells now
    rows_shown = panel.view.viewport().height() // panel.view.verticalHeader().defaultSectionSize()
    assert len(looked_up) >= 4 * rows_shown and asked == [], "one lookup per cell, no role queries"
    assert {column for _row, column in looked_up} == {0, 1, 2, 3}
    panel.view.selectRow(0)
    looked_up.clear()
    panel.view.grab()
    assert asked and set(asked) > {int(Qt.ItemDataRole.DisplayRole)}, "a selected row is drawn as standard cells"
