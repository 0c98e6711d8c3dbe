"""Time from starting the bundle to its unlock dialog on screen (target: 0.35 s, warm disk).

Run under an X server (a virtual one is fine)::

    xvfb-run -a -s "-screen 0 1280x800x24" python3 packaging/measure_startup.py \\
        dist/supervision-journal/supervision-journal [--runs 7]

It makes a vault in a temporary folder with the bundle's own ``init``, then starts the
bundle on it again and again with Qt's X11 platform, polling ``xwininfo`` (x11-utils) every
few milliseconds until the "Unlock your journal" window is mapped, then ``xwd`` (x11-apps)
until its contents are painted (a mapped window is blank until the app paints it: the
dialog was once mapped a second before it painted). Without ``xwd`` only the mapping is
timed. The first run warms the disk cache and is reported but not counted. Prints one
line per run, then the median and the worst of the warm runs as JSON; exits 1 if the
median is over the target. Measured from outside the app, so nothing in the app is there
only for this.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TITLE = "Unlock your journal"
TARGET_S = 0.35  # issue 16 item 8, with a warm disk
PASSPHRASE = "startup timing passphrase"


def dialog_shown() -> bool:
    return dialog_window() is not None


def dialog_window() -> str | None:
    """The mapped dialog's X window id, or None while it is not on screen."""
    probe = subprocess.run(["xwininfo", "-name", TITLE], capture_output=True, text=True)
    if probe.returncode != 0 or "IsViewable" not in probe.stdout:
        return None
    for line in probe.stdout.splitlines():
        if "Window id:" in line:
            return line.split("Window id:", 1)[1].split()[0]
    return None


def painted(window: str) -> bool:
    """True once the window shows more than a flat background (``xwd`` of its contents:
    an unpainted window is one colour; the dialog has text, a field and buttons)."""
    dump = subprocess.run(["xwd", "-silent", "-id", window], capture_output=True).stdout
    if len(dump) < 100:
        return False
    header = struct.unpack(">25I", dump[:100])
    header_size, ncolors, height, bytes_per_line = header[0], header[19], header[5], header[12]
    start = header_size + 12 * ncolors
    pixels = dump[start : start + height * bytes_per_line]
    step = max(1, header[11] // 8)  # bytes per pixel
    return len({pixels[i : i + step] for i in range(0, len(pixels), step)}) >= 16


def wait_for_server(timeout: float = 15) -> None:
    """xvfb-run may start this script before its server accepts clients (seen under load)."""
    deadline = time.perf_counter() + timeout
    while subprocess.run(["xwininfo", "-root"], capture_output=True).returncode != 0:
        if time.perf_counter() > deadline:
            raise RuntimeError(f"the X server on {os.environ['DISPLAY']} does not answer")
        time.sleep(0.1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (Linux /proc), load-independent."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class StartFailed(RuntimeError):
    pass


def one_run(
    exe: Path, vault: Path, env: dict[str, str], timeout: float = 30
) -> tuple[float, float, float | None]:
    """Seconds to the mapped dialog, CPU seconds the app had used once it was painted (or
    mapped, without xwd), and seconds to the painted dialog (None without xwd)."""
    started = time.perf_counter()
    app = subprocess.Popen(
        [str(exe), "--vault", str(vault)], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        while (window := dialog_window()) is None:
            if app.poll() is not None:
                why = (app.stderr.read() if app.stderr else "").strip().splitlines()
                raise StartFailed(
                    f"the app exited ({app.returncode}) before its dialog showed: "
                    + (why[0] if why else "no message")
                )
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"no '{TITLE}' window after {timeout} s")
            time.sleep(0.005)
        mapped = time.perf_counter() - started
        if shutil.which("xwd") is None:
            return mapped, cpu_seconds(app.pid), None
        while not painted(window):
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"'{TITLE}' mapped but not painted after {timeout} s")
            time.sleep(0.005)
        return mapped, cpu_seconds(app.pid), time.perf_counter() - started
    finally:
        app.terminate()
        app.wait(10)
        while dialog_shown():  # the next run must not see this run's window
            time.sleep(0.01)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exe", type=Path, help="the bundle's executable")
    parser.add_argument("--runs", type=int, default=7, help="warm runs to time (default 7)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("No X display: run this under xvfb-run (see --help).", file=sys.stderr)
        return 2
    exe = args.exe.resolve()
    wait_for_server()
    with tempfile.TemporaryDirectory(prefix="sj-startup-") as folder:
        home = Path(folder)
        env = {
            "HOME": str(home),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "DISPLAY": os.environ["DISPLAY"],
            "XAUTHORITY": os.environ.get("XAUTHORITY", ""),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "xcb",
        }
        vault = home / "journal.sjvault"
        subprocess.run(
            [str(exe), "init", "--vault", str(vault)],
            input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
            text=True,
            env=env,
            check=True,
            capture_output=True,
        )
        times: list[float] = []
        painted_times: list[float] = []
        cpu: list[float] = []
        failed: list[str] = []
        run = 0
        while run <= args.runs:
            try:
                seconds, cpu_s, paint_s = one_run(exe, vault, env)
            except StartFailed as error:
                # Seen only on a heavily shared machine ("could not connect to display");
                # reported, and retried a few times rather than ending the measurement.
                failed.append(str(error))
                print(f"run {run}: {error}", file=sys.stderr)
                if len(failed) > 3:
                    raise
                continue
            note = " (warm-up, not counted)" if run == 0 else ""
            shown = f", painted at {paint_s:.3f} s" if paint_s is not None else ""
            print(f"run {run}: mapped at {seconds:.3f} s{shown}, {cpu_s:.2f} s of CPU{note}")
            if run:
                times.append(seconds)
                cpu.append(cpu_s)
                if paint_s is not None:
                    painted_times.append(paint_s)
            run += 1
    shown = painted_times or times  # painted when xwd is there, else mapped
    median = statistics.median(shown)
    print(
        json.dumps(
            {
                "startup_to_unlock_dialog_s": {
                    "median": round(median, 3),
                    "max": round(max(shown), 3),
                },
                "measured_to": "painted" if painted_times else "mapped (no xwd)",
                "mapped_s": {"median": round(statistics.median(times), 3)},
                "cpu_to_unlock_dialog_s": {"median": round(statistics.median(cpu), 3)},
                "target_s": TARGET_S,
                "runs": len(times),
                "failed_starts": len(failed),
                # Start-up is CPU-bound: read the figures against how busy the machine was.
                "load_average_1min": round(os.getloadavg()[0], 2),
            }
        )
    )
    return 0 if median <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
