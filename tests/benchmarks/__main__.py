"""Run the benchmarks: `python -m tests.benchmarks [-n REPETITIONS] [NAME ...]`.

Exit code 0 when every figure is within budget, 1 when one is over or could not
be measured, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from tests import benchmarks
from tests.benchmarks.harness import REGISTRY, measure, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--repetitions", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("names", nargs="*", help="only these benchmarks (default: all)")
    args = parser.parse_args(argv)
    if args.repetitions < 1:
        parser.error("--repetitions must be at least 1")

    for module in pkgutil.iter_modules(benchmarks.__path__):
        if module.name.startswith("bench_"):
            importlib.import_module(f"{benchmarks.__name__}.{module.name}")
    unknown = [name for name in args.names if name not in REGISTRY]
    if unknown:
        parser.error(f"no benchmark named {', '.join(unknown)} (there are: {', '.join(REGISTRY)})")

    figures = []
    for name in args.names or REGISTRY:
        figure = measure(REGISTRY[name], args.repetitions)
        print(figure.line(), flush=True)
        figures.append(figure)
    print()
    print(table(figures))
    return 0 if all(figure.within_budget for figure in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
