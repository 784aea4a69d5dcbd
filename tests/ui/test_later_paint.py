"""Widgets held back from repainting while they change, then repainted one per turn."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.ui.later_paint import LaterPaint


class PaintLog(QObject):
    def __init__(self, widgets):
        super().__init__()
        self.painted: list[str] = []
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.painted.append(watched.objectName())
        return False


@pytest.fixture
def labels(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    first, second = QLabel("one", objectName="first"), QLabel("two", objectName="second")
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, first, second


def changed_while_held(labels, process_events: bool):
    """Both labels changed inside a hold; the LaterPaint and the log of paints since."""
    window, first, second = labels
    later = LaterPaint(window)
    log = PaintLog([first, second])
    with later.holding([first, second]):
        first.setText("uno")
        second.setText("dos")
        if process_events:
            QCoreApplication.processEvents()
            assert log.painted == [] and not first.updatesEnabled()
    return later, log


def test_held_widgets_change_unseen_then_repaint_one_per_turn(qtbot, labels):
    _window, first, second = labels
    later, log = changed_while_held(labels, process_events=True)
    states = []
    for _ in range(20):
        QCoreApplication.processEvents()
        states.append((log.painted.count("first") > 0, log.painted.count("second") > 0))
    assert (True, False) in states, "the first repainted on a turn before the second"
    assert states[-1] == (True, True) and first.updatesEnabled() and second.updatesEnabled()
    assert not later.holding_any


def test_release_repaints_every_held_widget_at_once(qtbot, labels):
    _window, _first, second = labels
    later, log = changed_while_held(labels, process_events=False)
    later.release()
    assert set(log.painted) == {"first", "second"} and second.updatesEnabled()


def test_a_window_is_never_held(qtbot, labels):
    window, first, _second = labels
    later = LaterPaint(window)
    with pytest.raises(ValueError, match="never a window"):
        with later.holding([window]):
            pass
    assert window.updatesEnabled()


def test_a_widget_already_held_by_its_owner_is_left_to_it(qtbot, labels):
    window, first, _second = labels
    first.setUpdatesEnabled(False)
    later = LaterPaint(window)
    with later.holding([first]):
        pass
    later.release()
    assert not first.updatesEnabled(), "not held here, so not released here"
