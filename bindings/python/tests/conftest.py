"""Shared fixtures. ctest sets WIREREPORT_LIBRARY (the shared library), WIREREPORT_CLI (the C++
command line tool) and WIREREPORT_C_API_TEST (the C test program, which prints struct layouts);
tests that need one of the last two skip when it is not set."""
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[3]
REPORTS = sorted((ROOT / "examples" / "reports").glob("*.txt"))


def tool(variable):
    path = os.environ.get(variable)
    if not path:
        pytest.skip(f"{variable} is not set")
    return path


@pytest.fixture
def cli():
    path = tool("WIREREPORT_CLI")

    def run(*args, input=None):
        return subprocess.run([path, "parse", *map(str, args)], input=input, capture_output=True)
    return run


@pytest.fixture(params=REPORTS, ids=[p.name for p in REPORTS])
def report(request):
    return request.param
