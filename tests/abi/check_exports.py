#!/usr/bin/env python3
"""Checks the symbols the shared library exports: exactly the C functions declared in
wirereport.h, and C++ symbols only in namespace wirereport (not wirereport::detail), each a
function or class member marked WIREREPORT_API in the public headers, every such function
exported.

Usage: check_exports.py LIBRARY INCLUDE_DIR
"""
import pathlib
import re
import subprocess
import sys


def exported(library):
    """Defined dynamic symbols: (mangled name, demangled name)."""
    out = subprocess.run(["nm", "-D", "--defined-only", "--format=posix", library],
                         check=True, capture_output=True, text=True).stdout
    names = [line.split()[0] for line in out.splitlines() if line.strip()]
    names = [n.split("@")[0] for n in names]  # drop symbol versions, if any
    demangled = subprocess.run(["c++filt"], input="\n".join(names), check=True,
                               capture_output=True, text=True).stdout.splitlines()
    return list(zip(names, demangled))


def declared_c(header):
    """The functions wirereport.h declares, and the problems found reading them: every
    WIREREPORT_API must name one function, so a declaration this reading misses cannot pass
    unchecked."""
    text = header.read_text()
    names = re.findall(r"WIREREPORT_API\s[^;]*?\b(wr_\w+)\s*\(", text)
    problems = [f"wirereport.h declares {n} twice" for n in sorted({n for n in names if names.count(n) > 1})]
    if len(names) != text.count("WIREREPORT_API"):
        problems.append(f"wirereport.h: {text.count('WIREREPORT_API')} WIREREPORT_API marks, {len(names)} functions read")
    return set(names), problems


def declared_cpp(include_dir):
    """Names of WIREREPORT_API functions, of WIREREPORT_API classes and of nested public
    namespaces in the C++ headers."""
    functions, classes = set(), set()
    for header in include_dir.glob("*.hpp"):
        text = re.sub(r"//[^\n]*", "", header.read_text())
        classes |= set(re.findall(r"\b(?:class|struct)\s+WIREREPORT_API\s+(\w+)", text))
        classes |= set(re.findall(r"\bnamespace\s+(?:wirereport::)?(\w+)\s*\{", text)) - {"wirereport", "detail"}
        for decl in re.findall(r"WIREREPORT_API\s([^;{]*?)\(", text):
            functions.add(decl.split()[-1])
    return functions, classes


def main():
    library, include_dir = sys.argv[1], pathlib.Path(sys.argv[2])
    symbols = exported(library)

    c_declared, problems = declared_c(include_dir / "wirereport.h")
    c_exported = {name for name, _ in symbols if name.startswith("wr_")}
    problems += [f"declared in wirereport.h but not exported: {n}" for n in sorted(c_declared - c_exported)]
    problems += [f"exported but not declared in wirereport.h: {n}" for n in sorted(c_exported - c_declared)]

    functions, classes = declared_cpp(include_dir)
    seen = set()
    for name, plain in symbols:
        if name.startswith("wr_"):
            continue
        match = re.match(r"(?:\w+ )*wirereport::(?:(\w+)::)?(~?\w+|operator[^(]+)(?:\[[^\]]*\])?\(", plain)
        if plain.startswith("wirereport::detail::") or not match:
            problems.append(f"not part of the API: {plain}")
            continue
        owner, function = match.groups()
        if owner is not None and owner not in classes:
            problems.append(f"member of a class not marked WIREREPORT_API (or of an unknown namespace): {plain}")
        elif owner is None and function not in functions:
            problems.append(f"function not marked WIREREPORT_API: {plain}")
        if owner is None:
            seen.add(function)
    # Classes may be all inline (Article); free functions must be there.
    problems += [f"marked WIREREPORT_API but not exported: {n}" for n in sorted(functions - seen)]

    print(f"{len(symbols)} exported symbols: {len(c_exported)} C, {len(symbols) - len(c_exported)} C++")
    for p in problems:
        print("FAIL:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
