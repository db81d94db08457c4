"""Benchmark: seconds from process start until the app's windows are up (offscreen).

Measured from the outside: the parent starts a program and stops the clock when
it prints "ready". Two figures:
- first window: ``python -m app`` with DAPODIK_EXIT_WHEN_READY=1 prints "ready"
  when its first window (the login dialog) is shown;
- main window: a process that opens the same database and shows the main window,
  as the app does once the operator has logged in (the typing is not timed).
The baseline, measured in the same run, is a bare Qt program showing an empty
window: the floor no Qt app can beat. Target: main window within 1.5 s.
Also the part of opening the database that ``PRAGMA quick_check`` takes (every
page read and checked; the file is in the disk cache after the first start).

    python benchmarks/startup.py [--size small|large] [--bundle dist/DapodikLokal/DapodikLokal]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.integrity import damage  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BARE_QT = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "from PySide6.QtCore import QTimer\n"
    "app = QApplication([]); w = QWidget(); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('ready', flush=True), app.quit())); app.exec()\n"
)


MAIN_WINDOW = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from app.ui.app import create_application\n"
    "from app.db.engine import open_database\n"
    "from app.ui.main_window import MainWindow\n"
    "app = create_application(sys.argv); w = MainWindow(open_database(sys.argv[1])); w.show()\n"
    "QTimer.singleShot(0, lambda: (print('ready', flush=True), app.quit())); app.exec()\n"
)


def time_to_ready(command: list[str], env: dict, limit: float = 60) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    watchdog = threading.Timer(limit, process.kill)  # a build that never gets ready
    watchdog.start()
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{command} never became ready")
    process.wait(timeout=30)
    watchdog.cancel()
    return elapsed


def median_of(command: list[str], env: dict, runs: int = 5) -> float:
    time_to_ready(command, env)  # the first start warms the disk cache
    return statistics.median(time_to_ready(command, env) for _ in range(runs))


def quick_check_seconds(path: Path, runs: int = 5) -> float:
    def once() -> float:
        start = time.perf_counter()
        assert damage(path) is None
        return time.perf_counter() - start

    return statistics.median(once() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, help="also time the built bundle's executable")
    parser.add_argument("--size", choices=("small", "large"), default="small")
    args = parser.parse_args()
    data = tempfile.mkdtemp()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DAPODIK_EXIT_WHEN_READY": "1",
        "DAPODIK_DATA_DIR": data,
    }
    subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "demo",
            "--size",
            args.size,
            "--db",
            f"{data}/dapodik.sqlite",
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    baseline = median_of([sys.executable, "-c", BARE_QT], env)
    print(f"baseline bare Qt window: {baseline:.2f} s")
    first = median_of([sys.executable, "-m", "app"], env)
    print(f"first window (login) from source: {first:.2f} s, ratio {first / baseline:.1f}x")
    main_window = median_of([sys.executable, "-c", MAIN_WINDOW, f"{data}/dapodik.sqlite"], env)
    print(
        f"main window from source: {main_window:.2f} s, ratio {main_window / baseline:.1f}x "
        "(target 1.5 s)"
    )
    print(
        f"quick_check at open: {quick_check_seconds(Path(data) / 'dapodik.sqlite') * 1000:.0f} ms"
    )
    if args.bundle:
        bundle = median_of([str(args.bundle.resolve())], env)
        print(f"first window (login) from bundle: {bundle:.2f} s, ratio {bundle / baseline:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
