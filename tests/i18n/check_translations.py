#!/usr/bin/env python3
"""Fails when a translation file is not complete (docs/TRANSLATING.md).

    check_translations.py --lupdate PATH --cmake PATH --project PROJECT.cmake
                          --generator GenerateLUpdateProject.cmake --ts FILE.ts

Runs lupdate over the sources qt_add_translations gives it (the project file
CMake wrote for the target's lupdate, turned into lupdate's JSON the way the
_lupdate target does) into a temporary copy of FILE.ts (the file itself is
never touched), so a text added to the sources but not yet in the .ts shows up
as unfinished, and one removed from the sources as vanished. Then every message
of the copy must have a translation: not unfinished, not vanished or obsolete,
not empty, and every plural form filled. Prints each problem as
"context: source" and exits 1 if there is any.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def problems_in(ts_path):
    problems = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                problems.append(f"{kind}: {name}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                if not forms or any(not (form.text or "").strip() for form in forms):
                    problems.append(f"empty plural form: {name}: {source!r}")
            elif not (translation.text or "").strip():
                problems.append(f"empty: {name}: {source!r}")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", required=True)
    parser.add_argument("--cmake", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--generator", required=True)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, os.path.basename(args.ts))
        shutil.copyfile(args.ts, copy)
        project = os.path.join(folder, "project.json")
        result = subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}",
                                 "-P", args.generator], capture_output=True, text=True)
        if result.returncode == 0:
            command = [args.lupdate, "-silent", "-project", project, "-locations", "none", "-ts", copy]
            result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
            print(f"lupdate failed ({result.returncode})", file=sys.stderr)
            return 1
        problems = problems_in(copy)

    for problem in problems:
        print(problem)
    if problems:
        print(f"{args.ts}: {len(problems)} message(s) not translated or out of date with the sources; "
              "see docs/TRANSLATING.md", file=sys.stderr)
        return 1
    print(f"{args.ts}: every message translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
