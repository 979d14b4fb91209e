#!/usr/bin/env python3
"""The CMake package and the pkg-config file, used as a consumer would. Each step is a ctest:

  package_test.py install BUILD_DIR PREFIX
  package_test.py find-package PREFIX WORK_DIR [cmake configure arguments...]
  package_test.py add-subdirectory SOURCE_DIR WORK_DIR STATIC_PREFIX [cmake configure arguments...]
  package_test.py pkg-config PREFIX WORK_DIR C_COMPILER

Configure arguments carry the compilers (and a compiler launcher) of the main build.
"""
import os
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent


def run(*command, env=None, cwd=None):
    print("+", " ".join(map(str, command)), flush=True)
    result = subprocess.run(list(map(str, command)), env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    print(result.stdout, end="", flush=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(map(str, command))}")
    return result.stdout


def fresh(path):
    path = pathlib.Path(path)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def build_and_run(source, build, configure_args):
    run("cmake", "-S", source, "-B", build, *configure_args)
    run("cmake", "--build", build, "--parallel", "2")
    out = run(pathlib.Path(build) / "consumer")
    if "headline: PORT TRAFFIC RISES IN MARCH; place: ROTTERDAM" not in out:
        sys.exit("the consumer did not print the expected headline and place")


def install(build_dir, prefix):
    prefix = fresh(prefix)
    run("cmake", "--install", build_dir, "--prefix", prefix)
    for part in ["include/wirereport/wirereport.h", "include/wirereport/wirereport.hpp",
                 "lib/cmake/wirereport/wirereport-config.cmake",
                 "lib/cmake/wirereport/wirereport-config-version.cmake",
                 "lib/cmake/wirereport/wirereport-targets.cmake", "lib/pkgconfig/wirereport.pc"]:
        if not (prefix / part).exists():
            sys.exit(f"not installed: {part}")


def find_package(prefix, work, *configure_args):
    work = fresh(work)
    build_and_run(HERE / "consumer", work, [f"-DCMAKE_PREFIX_PATH={prefix}", *configure_args])


def add_subdirectory(source, work, static_prefix, *configure_args):
    work = fresh(work)
    # Static, unoptimised: the fastest build of the whole library; installed as well, so the
    # static package (which finds ICU and utf8proc for its consumer) is tested too.
    build_and_run(HERE / "vendor", work / "build",
                  [f"-DWIREREPORT_SOURCE_DIR={source}", "-DBUILD_SHARED_LIBS=OFF", "-DWIREREPORT_INSTALL=ON",
                   "-DCMAKE_INSTALL_LIBDIR=lib", *configure_args])
    for name in ["wirereport_tests", "wirereport_c_api_test"]:
        if list((work / "build").rglob(name)):
            sys.exit(f"the vendored build built {name}")
    install(work / "build", static_prefix)
    build_and_run(HERE / "consumer", work / "static-consumer", [f"-DCMAKE_PREFIX_PATH={static_prefix}", *configure_args])


def pkg_config(prefix, work, compiler):
    work = fresh(work)
    env = dict(os.environ, PKG_CONFIG_PATH=str(pathlib.Path(prefix) / "lib" / "pkgconfig"))
    flags = run("pkg-config", "--cflags", "--libs", "wirereport", env=env).split()
    libdir = run("pkg-config", "--variable=libdir", "wirereport", env=env).strip()
    if pathlib.Path(libdir).resolve() != (pathlib.Path(prefix) / "lib").resolve():
        sys.exit(f"pkg-config libdir {libdir} is not in {prefix}")
    program = work / "consumer"
    run(compiler, "-std=c11", "-Wall", "-Wextra", "-pedantic", "-Werror", HERE / "consumer.c", "-o", program,
        *flags, f"-Wl,-rpath,{libdir}")
    if "2 paragraphs, 3 sentences" not in run(program):
        sys.exit("the C consumer did not print the expected counts")


if __name__ == "__main__":
    steps = {"install": install, "find-package": find_package, "add-subdirectory": add_subdirectory,
             "pkg-config": pkg_config}
    steps[sys.argv[1]](*sys.argv[2:])
