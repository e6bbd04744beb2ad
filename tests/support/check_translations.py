#!/usr/bin/env python3
"""Fails when a Qt Linguist .ts file is not a finished translation (docs/TRANSLATING.md).

    check_translations.py --lupdate PATH --cmake PATH --project PROJECT.cmake
                          --generator GenerateLUpdateProject.cmake --ts FILE.ts
    check_translations.py --ts FILE.ts          (the file as it is, no lupdate)

With --lupdate, a temporary copy of FILE.ts is first brought up to date with
exactly the sources the target's qt_add_translations gives lupdate: the project
file CMake wrote for the <target>_lupdate target is turned into lupdate's JSON
the way that target does (GenerateLUpdateProject.cmake). So a text added to the
code but not yet in the .ts fails as unfinished, and one removed from the code
as vanished; FILE.ts itself is never touched.

An entry fails when it is unfinished, vanished or obsolete, has no translation
element, is empty (or any of its plural forms is), or when its translation
drops or invents a %1-style placeholder (%n and %L1 included). Prints each
problem as "context: 'source': what" and exits 1 if there is any, 2 on a usage
or lupdate problem. Used by ctest for both executables' .ts files
(translations_complete, translations_admin_complete).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")


def refreshed_copy(args, scratch):
    copy = os.path.join(scratch, os.path.basename(args.ts))
    shutil.copyfile(args.ts, copy)
    project = os.path.join(scratch, "project.json")
    result = subprocess.run([args.cmake, f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}",
                             "-P", args.generator], capture_output=True, text=True, check=False)
    if result.returncode == 0:
        command = [args.lupdate, "-silent", "-project", project, "-locations", "none", "-ts", copy]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr + f"lupdate failed ({result.returncode})\n")
        sys.exit(2)
    return copy


def problems(ts_path):
    found = []
    for context in ElementTree.parse(ts_path).getroot().iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            where = f"{context_name}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                found.append(f"{where}: no translation element")
                continue
            kind = translation.get("type", "")
            if kind in ("unfinished", "vanished", "obsolete"):
                found.append(f"{where}: {kind}")
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            if not texts or any(not text.strip() for text in texts):
                found.append(f"{where}: empty translation")
                continue
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            for text in texts:
                got = sorted(set(PLACEHOLDER.findall(text)))
                if got != wanted:
                    found.append(f"{where}: placeholders {got} in the translation, {wanted} in the source")
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate")
    parser.add_argument("--cmake")
    parser.add_argument("--project")
    parser.add_argument("--generator")
    parser.add_argument("--ts", required=True)
    args = parser.parse_args()
    if not os.path.isfile(args.ts):
        sys.stderr.write(f"{args.ts}: no such file\n")
        return 2
    if args.lupdate and not (args.cmake and args.project and args.generator):
        sys.stderr.write("--lupdate needs --cmake, --project and --generator\n")
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        path = refreshed_copy(args, scratch) if args.lupdate else args.ts
        found = problems(path)
    for line in found:
        print(line)
    if found:
        sys.stderr.write(f"{args.ts}: {len(found)} message(s) not translated or out of date with the sources; "
                         "see docs/TRANSLATING.md\n")
        return 1
    print(f"{args.ts}: every message translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
