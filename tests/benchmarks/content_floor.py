"""Child process of the time-to-content benchmark: the toolkit floor.

    python -m tests.benchmarks.content_floor path/to/vendors.csv

A bare PySide6 window reads the vendors with the csv module, shows them in a table
beside a pyqtgraph plot, and prints `content <n>` once the table has painted its n
rows, then exits at once: what any PySide6 + pyqtgraph app showing this file pays.
"""

from __future__ import annotations

import csv
import os
import sys

WINDOW_SIZE = (1280, 800)


def main() -> None:
    import pyqtgraph
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QTableWidget, QTableWidgetItem, QWidget

    app = QApplication(sys.argv[:1])
    with open(sys.argv[1], encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    columns = list(rows[0]) if rows else []
    table = QTableWidget(len(rows), len(columns))
    table.setHorizontalHeaderLabels(columns)
    for r, row in enumerate(rows):
        for c, column in enumerate(columns):
            table.setItem(r, c, QTableWidgetItem(row[column]))
    plot = pyqtgraph.PlotWidget()
    plot.plot(list(range(len(rows))), [len(row[columns[0]]) for row in rows] if rows else [])
    central = QWidget()
    layout = QHBoxLayout(central)
    layout.addWidget(table)
    layout.addWidget(plot)
    window = QMainWindow()
    window.setCentralWidget(central)

    class TablePainted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched is table.viewport():
                app.removeEventFilter(self)
                QTimer.singleShot(0, report)  # after the rest of this frame
            return False

    def report():
        print(f"content {table.rowCount()}", flush=True)
        os._exit(0)  # teardown is not start-up

    app.installEventFilter(TablePainted(app))
    window.resize(*WINDOW_SIZE)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
