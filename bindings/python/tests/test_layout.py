"""The ctypes structs match the C compiler's layout of wirereport.h, field by field."""
import ctypes
import subprocess

from conftest import tool
from wirereport import _native


def test_struct_layouts_match_the_header():
    lines = subprocess.run([tool("WIREREPORT_C_API_TEST"), "--layout"], check=True, capture_output=True,
                           text=True).stdout.split("\n")
    checked = 0
    for line in filter(None, lines):
        name, value = line.split()
        struct, _, field = name.partition(".")
        py = _native.STRUCTS[struct]
        actual = getattr(py, field).offset if field else ctypes.sizeof(py)
        assert actual == int(value), f"{name}: ctypes says {actual}, C says {value}"
        checked += 1
    assert set(_native.STRUCTS) <= {line.split()[0] for line in lines if line and "." not in line.split()[0]}
    assert checked > 50
