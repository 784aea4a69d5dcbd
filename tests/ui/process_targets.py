"""Functions the process-job tests run in a child process (it imports them by name)."""

import os
import time

from workbench.storage.problems import InputError, Problem


def count_up(limit, progress):
    for step in range(limit):
        progress((step + 1) / limit)
    return {"counted": limit, "pid": os.getpid()}


def refuse(name, progress):
    raise InputError([Problem(name, 3, "province_code", "unknown province '火星'")])


def die(progress):
    progress(0.5)
    os._exit(7)


def wait_forever(progress):
    progress(0.1)
    while True:
        time.sleep(0.05)
