"""The driver of the script tests that ctest runs one case at a time (azlint_script_cases in
tests/CMakeLists.txt): `SCRIPT list` prints the cases, `SCRIPT AZLINT CASE` runs one in a fresh
temporary folder and prints `ok`, `FAIL: why` or `skipped: why` (exit 77, ctest's skip)."""
import os, shutil, sys, tempfile


class Failure(Exception):
    pass


class Skip(Exception):
    """A case that cannot run here (a tool missing): exit 77."""


def check(cond, what):
    if not cond:
        raise Failure(what)


def cases_of(namespace):
    """`case_foo_bar` functions of a module's globals() as {"foo-bar": fn}."""
    return {name[5:].replace("_", "-"): fn for name, fn in sorted(namespace.items()) if name.startswith("case_")}


def main(cases, prefix):
    if sys.argv[1:] == ["list"]:
        print("\n".join(cases))
        return 0
    az, case = os.path.abspath(sys.argv[1]), sys.argv[2]
    d = tempfile.mkdtemp(prefix=prefix)
    try:
        cases[case](az, os.path.realpath(d))
    except Skip as s:
        print("skipped: %s" % s)
        return 77
    except Failure as f:
        print("FAIL: %s" % f)
        return 1
    finally:
        shutil.rmtree(d, ignore_errors=True)
    print("ok")
    return 0
