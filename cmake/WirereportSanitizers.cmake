# Sanitizer and fuzzing builds (the asan, tsan and fuzz presets).
#
#   WIREREPORT_SANITIZE  sanitizers for every target of this project: "address;undefined",
#                        "thread", or empty (the default). Any failure aborts the process, so
#                        a test that hits one fails.
#   WIREREPORT_FUZZ      build the fuzz targets in fuzz/ as libFuzzer binaries (clang only)
#                        instead of plain programs that replay a corpus; the library is then
#                        compiled with coverage instrumentation for the fuzzer.
#
# The flags go on this directory (add_compile_options), so they reach the project's targets and
# never a parent project's.
set(WIREREPORT_SANITIZE "" CACHE STRING "Sanitizers for the project's targets (address;undefined, thread)")
option(WIREREPORT_FUZZ "Build the fuzz targets as libFuzzer binaries (needs clang)" OFF)

if(WIREREPORT_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  message(FATAL_ERROR "WIREREPORT_FUZZ needs clang (libFuzzer); use the fuzz preset")
endif()

# The sanitizer runtime a program not built with the sanitizers must load first to host the
# library (a Python interpreter, a Rust test): see wirereport_sanitized_host_test().
set(WIREREPORT_SANITIZER_RUNTIME "")

if(WIREREPORT_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "WIREREPORT_SANITIZE is for GCC and clang")
  endif()
  list(JOIN WIREREPORT_SANITIZE "," _wr_sanitizers)
  add_compile_options(-fsanitize=${_wr_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${_wr_sanitizers})
  if("undefined" IN_LIST WIREREPORT_SANITIZE)
    # UBSan's vptr check needs the C++ sanitizer runtime in every program that loads the
    # library: C programs (the C ABI test) and other languages' hosts do not link it. The
    # library has no class hierarchy of its own for it to check.
    add_compile_options(-fno-sanitize=vptr)
  endif()

  if("address" IN_LIST WIREREPORT_SANITIZE)
    set(_wr_runtime_name asan)
  elseif("thread" IN_LIST WIREREPORT_SANITIZE)
    set(_wr_runtime_name tsan)
  else()
    set(_wr_runtime_name ubsan)
  endif()
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    if(_wr_runtime_name STREQUAL "ubsan")
      set(_wr_runtime_name ubsan_standalone)
    endif()
    set(_wr_runtime_file "libclang_rt.${_wr_runtime_name}-${CMAKE_SYSTEM_PROCESSOR}.so")
  else()
    set(_wr_runtime_file "lib${_wr_runtime_name}.so")
  endif()
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${_wr_runtime_file}
                  OUTPUT_VARIABLE WIREREPORT_SANITIZER_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND _wr_runtime_name STREQUAL "asan" AND NOT WIREREPORT_FUZZ)
    # clang links ASan statically into each program by default. One shared runtime instead,
    # so that a host that loads it first (Python) and the programs it starts (the CLI) share it.
    get_filename_component(_wr_runtime_dir "${WIREREPORT_SANITIZER_RUNTIME}" DIRECTORY)
    add_link_options(-shared-libasan "LINKER:-rpath,${_wr_runtime_dir}")
  endif()
  message(STATUS "wirereport: sanitizers ${_wr_sanitizers}")
endif()

if(WIREREPORT_FUZZ)
  # Coverage for the fuzzer in every object; fuzz/ links libFuzzer's main into its targets.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# For tests that run the library inside a program not built with the sanitizers, when they are
# on (they do nothing otherwise); the host's own leaks are not reported:
#   wirereport_sanitized_host_test(<test>...)   an interpreter (Python): the runtime is preloaded,
#                                               so that it comes first
#   wirereport_sanitized_cargo_test(<test>...)  cargo: the Rust programs it builds (tests and
#                                               doctests) link the runtime
function(wirereport_sanitized_host_test)
  if(NOT WIREREPORT_SANITIZE)
    return()
  endif()
  set_property(TEST ${ARGN} APPEND PROPERTY ENVIRONMENT
               "LD_PRELOAD=${WIREREPORT_SANITIZER_RUNTIME}" "ASAN_OPTIONS=detect_leaks=0")
endfunction()

function(wirereport_sanitized_cargo_test)
  if(NOT WIREREPORT_SANITIZE)
    return()
  endif()
  get_filename_component(_runtime_dir "${WIREREPORT_SANITIZER_RUNTIME}" DIRECTORY)
  list(JOIN WIREREPORT_SANITIZE "," _sanitizers)
  set(_flags "-Clinker=${CMAKE_C_COMPILER} -Clink-arg=-fsanitize=${_sanitizers} -Clink-arg=-Wl,-rpath,${_runtime_dir}")
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND "address" IN_LIST WIREREPORT_SANITIZE)
    string(APPEND _flags " -Clink-arg=-shared-libasan")
  endif()
  set_property(TEST ${ARGN} APPEND PROPERTY ENVIRONMENT
               "RUSTFLAGS=${_flags}" "RUSTDOCFLAGS=${_flags}" "ASAN_OPTIONS=detect_leaks=0")
endfunction()
