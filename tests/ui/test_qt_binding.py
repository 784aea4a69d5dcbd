"""The Qt binding must survive long runs of void calls (a refcount bug once aborted the map)."""

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
path = QPainterPath()
point = QPointF()
for i in range(50_000):
    point.setX(float(i))
    path.lineTo(point)
print("ok")
"""


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
