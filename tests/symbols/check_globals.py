#!/usr/bin/env python3
"""No global mutable state: lists the writable data symbols of a built library (initialised
and zeroed data, thread-local storage) with nm and fails on any that the project owns.

Allowed are the toolchain's own (C runtime, libstdc++ statics instantiated in our objects) and
the shared tables the design allows: the function-local static of a class's static
`instance()` accessor in wirereport::detail (ZoneDirectory, CalendarNames, the lexicons), built
once on first use (thread-safe static initialisation) and returned as a const reference, so
immutable after; and the few other function-local `static const` tables named in CONST_LOCALS
(nm cannot see `const` on data built at run time, so each is listed with where it is). Any
other writable global of ours fails: a namespace-scope or class static variable, or a
function-local static anywhere else.

Usage: check_globals.py LIBRARY [--expect SYMBOL]
  --expect  the check's own test: succeed only when exactly SYMBOL is reported.
Exit status: 0 clean (or the expected violation), 1 violations, 2 nm failed.
"""
import argparse
import re
import subprocess
import sys

# The shared tables: `static const T& T::instance(...)` keeps its T in a function-local static
# (ICU zones and the gazetteer, month and weekday names, the lexicons). Their guard variables
# come with them.
SHARED_TABLE = re.compile(r"wirereport::detail::(\w+)::instance\([^)]*\)::\w+")

# Function-local `static const` data built once on first use, outside the instance() convention.
CONST_LOCALS = {
    "wirereport::detail::(anonymous namespace)::small_table()::table",  # lib/tokens/chars.cpp: classes
    "wirereport::detail::(anonymous namespace)::table()::t",  # lib/lang/lexicon.cpp: the word table
    "wirereport::detail::best_simd_level()::level",  # lib/tokens/masks.cpp: what the CPU offers
}

# The toolchain's symbols: the C runtime's, libgcc's (__cpu_model and __cpu_features2 hold what
# __builtin_cpu_supports reads, filled by libgcc's constructor) and libstdc++'s, never the project's.
TOOLCHAIN = {"completed.0", "__dso_handle", "__TMC_END__", "__bss_start", "_edata", "_end",
             "__data_start", "data_start", "__cpu_model", "__cpu_features2"}
# DW.ref.*: the exception tables' references to the personality routine and caught types.
TOOLCHAIN_PREFIXES = ("std::", "__gnu_cxx::", "__cxxabiv1::", "DW.ref.")

WRITABLE_SECTIONS = (".data", ".bss", ".tdata", ".tbss")


def writable_symbols(library):
    """(name, section) of every data object nm places in a writable section."""
    out = subprocess.run(["nm", "--demangle", "--format=sysv", library], check=True,
                         capture_output=True, text=True).stdout
    symbols = []
    for line in out.splitlines():
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 7:
            continue  # headers and blank lines
        name, _value, _class, kind, _size, _line, section = fields
        if kind not in ("OBJECT", "TLS") and not section.startswith((".bss", ".tbss")):
            continue
        if section.startswith(".data.rel.ro"):
            continue  # read-only once relocated
        if section.startswith(WRITABLE_SECTIONS):
            symbols.append((name, section))
    return symbols


def is_allowed(name):
    plain = name.removeprefix("guard variable for ")
    if SHARED_TABLE.fullmatch(plain) or plain in CONST_LOCALS or plain in TOOLCHAIN:
        return True
    return plain.startswith(TOOLCHAIN_PREFIXES)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library")
    parser.add_argument("--expect", help="the one violation this library must show")
    args = parser.parse_args()
    try:
        symbols = writable_symbols(args.library)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"check_globals: nm failed on {args.library}: {error}", file=sys.stderr)
        return 2
    violations = sorted({name for name, _ in symbols if not is_allowed(name)})
    if args.expect is not None:
        if violations == [args.expect]:
            print(f"check_globals: found the expected writable global {args.expect}")
            return 0
        print(f"check_globals: expected exactly {args.expect}, found {violations}", file=sys.stderr)
        return 1
    if violations:
        print(f"check_globals: writable globals in {args.library} (global mutable state is not allowed):",
              file=sys.stderr)
        for name in violations:
            section = next(s for n, s in symbols if n == name)
            print(f"  {name}  [{section}]", file=sys.stderr)
        return 1
    tables = sorted({name for name, _ in symbols if SHARED_TABLE.fullmatch(name)})
    print(f"check_globals: {len(symbols)} writable symbols in {args.library}; the project's own are the "
          f"{len(tables)} shared tables: {', '.join(tables)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
