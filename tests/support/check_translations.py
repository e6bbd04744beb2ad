#!/usr/bin/env python3
"""Fails when a Qt Linguist .ts file is not a finished translation.

Usage: check_translations.py [--lupdate PATH [-I DIR]... --sources PATH...] --ts FILE.ts

With --lupdate, a copy of FILE.ts is first brought up to date with the
sources (as the <target>_lupdate build target would), so a string added to the
code without a translation fails too, not only the entries already in the file.
An entry fails when it is unfinished, empty (any numerus form), or when its
translation drops or invents a %1-style placeholder. Exits 0 when every entry
is finished, 1 with the list of offenders otherwise, 2 on a usage problem.
Used by ctest (tests/cli/CMakeLists.txt) for reissuedesk-admin_zh_CN.ts.
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


def refreshed_copy(ts_path, lupdate, include_dirs, sources, scratch):
    copy = os.path.join(scratch, os.path.basename(ts_path))
    shutil.copyfile(ts_path, copy)
    command = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
    for directory in include_dirs:
        command += ["-I", directory]
    command += sources + ["-ts", copy]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write("lupdate failed:\n" + result.stdout + result.stderr)
        sys.exit(2)
    return copy


def problems(ts_path):
    found = []
    root = ElementTree.parse(ts_path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            where = f"{context_name}: {source!r}"
            if translation is None:
                found.append(f"{where}: no translation element")
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished":
                found.append(f"{where}: unfinished")
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
    parser.add_argument("-I", dest="include_dirs", action="append", default=[])
    parser.add_argument("--sources", nargs="*", default=[])
    parser.add_argument("--ts", required=True)
    arguments = parser.parse_args()
    if not os.path.isfile(arguments.ts):
        sys.stderr.write(f"{arguments.ts}: no such file\n")
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        path = arguments.ts
        if arguments.lupdate:
            path = refreshed_copy(arguments.ts, arguments.lupdate, arguments.include_dirs, arguments.sources,
                                  scratch)
        found = problems(path)
    if found:
        sys.stderr.write(f"{arguments.ts}: {len(found)} entries not finished:\n")
        for line in found:
            sys.stderr.write(f"  {line}\n")
        return 1
    print(f"{arguments.ts}: every entry translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
