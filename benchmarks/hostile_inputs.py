"""Time and peak memory of `postmortem` on each hostile input of issue 11.

Every input runs in a child process with an address-space limit and a
timeout (see tests/hostile.py), so a hang or a memory blow-up is reported,
not suffered. `--code PATH` measures another checkout (e.g. main before a
fix) with the same inputs.

    .venv/bin/python benchmarks/hostile_inputs.py [--code /path/to/checkout] [--limit-mb 2000] [--timeout 60]
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import hostile

INPUTS = {
    "1. document symlinked to /dev/zero": hostile.make_devzero,
    "1. document is a FIFO": hostile.make_fifo,
    "2. 16 KB string aliased 6,000 times": hostile.make_scalar_aliases,
    "2. settings: a banned phrase aliased 20,000 times": hostile.make_settings_aliases,
    "3. SVG logo, <use> nested 10^9": hostile.make_svg_use_bomb,
    "3. two SVGs including each other": hostile.make_svg_mutual,
    "4. settings pattern (a+)+$": hostile.make_regex_settings,
    "5. -o onto a device node": hostile.make_output_special,
    "5. -o onto a FIFO": functools.partial(hostile.make_output_special, kind="fifo"),
    "6. PNG logo 13000x13000 (500 KB)": hostile.make_png_bomb,
    "6. GIF logo 9000x9000": hostile.make_gif_bomb,
    "7. emphasis nested 500 deep, PDF": hostile.make_deep_emphasis,
    "7. emphasis nested 500 deep, Markdown": functools.partial(hostile.make_deep_emphasis, fmt="md"),
    "8. 87 KB run of '['": hostile.make_brackets,
    "10. 200,000 invalid events": hostile.make_invalid_events,
    "10. 100,000-digit value": hostile.make_long_number,
    "10. raw U+2028 in a value": hostile.make_line_separator,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=hostile.REPO)
    parser.add_argument("--limit-mb", type=int, default=2000)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    print("| input | exit | time (s) | peak (MB) | first line of stderr |")
    print("| --- | --- | --- | --- | --- |")
    for name, make in INPUTS.items():
        if args.only and args.only not in name:
            continue
        with tempfile.TemporaryDirectory() as temp:
            argv = make(Path(temp))
            print(f"running {name}", file=sys.stderr)
            # One fresh interpreter per input, so that its peak memory is its own.
            outcome = _measure(argv, args)
        code = "timeout" if outcome["code"] is None else outcome["code"]
        first = (outcome["stderr"].strip().splitlines() or [""])[-1][:90].replace("|", "\\|")
        seconds, peak = outcome["seconds"], outcome["peak_mb"]
        print(f"| {name} | {code} | {seconds:.1f} | {peak:.0f} | {first} |", flush=True)


def _measure(argv: list[str], args: argparse.Namespace) -> dict[str, object]:
    import json
    import subprocess

    script = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); from tests import hostile; "
        "o = hostile.run_bounded(sys.argv[5:], memory_mb=int(sys.argv[3]), timeout=float(sys.argv[4]), "
        "pythonpath=__import__('pathlib').Path(sys.argv[2])); "
        "print(json.dumps({'code': o.code, 'seconds': o.seconds, 'peak_mb': o.peak_mb, "
        "'stderr': o.stderr[-2000:]}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(hostile.REPO), str(args.code), str(args.limit_mb),
         str(args.timeout), *argv],
        capture_output=True, text=True, check=True,
    )
    return json.loads(result.stdout)


if __name__ == "__main__":
    main()
