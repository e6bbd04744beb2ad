#!/usr/bin/env python3
"""ctest benchmark_report_quick: runs .ci/benchmark-report --quick into a
temporary file and checks that every section is there with a number, and a
ratio against its floor where it has one (the script's own --check). Then it
shows that the check can fail: with a section taken out, and with a floor's
ratios taken out, --check must name what is missing.

usage: benchmark_report_quick.py SCRIPT ADMIN
"""

import os
import re
import subprocess
import sys
import tempfile


def check(script, path):
    done = subprocess.run([sys.executable, script, "--check", path], capture_output=True, text=True)
    return done.returncode, done.stderr


def main():
    script, admin = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        report = os.path.join(folder, "BENCHMARKS.md")
        done = subprocess.run([sys.executable, script, "--quick", "--out", report, "--admin", admin],
                              capture_output=True, text=True, timeout=600)
        sys.stderr.write(done.stderr[-4000:])
        if done.returncode != 0:
            print(f"FAIL: the quick report ended with {done.returncode}")
            return 1
        code, problems = check(script, report)
        if code != 0:
            print(f"FAIL: the quick report does not pass --check:\n{problems}")
            return 1
        content = open(report).read()
        for title in ("Queue", "Soak", "OCR"):
            if f"### {title}\n" not in content:
                print(f"FAIL: no section {title}")
                return 1

        # Without the soak's section, the check names it.
        broken = os.path.join(folder, "broken.md")
        start = content.index("### Soak\n")
        end = content.index("### ", start + 4)
        open(broken, "w").write(content[:start] + content[end:])
        code, problems = check(script, broken)
        if code == 0 or "section missing: Soak" not in problems:
            print(f"FAIL: --check did not notice the missing soak section ({code}): {problems}")
            return 1

        # Without the dispatcher's ratios, it says there is no ratio.
        start = content.index("### Dispatcher\n")
        end = content.index("### ", start + 4)
        section = re.sub(r"\d+(\.\d+)?×", "–", content[start:end])
        open(broken, "w").write(content[:start] + section + content[end:])
        code, problems = check(script, broken)
        if code == 0 or "no ratio against a floor: Dispatcher" not in problems:
            print(f"FAIL: --check did not notice the missing dispatch ratio ({code}): {problems}")
            return 1
    print("PASS: quick report complete; --check fails without a section or a ratio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
