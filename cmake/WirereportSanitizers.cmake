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

if(WIREREPORT_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "WIREREPORT_SANITIZE is for GCC and clang")
  endif()
  list(JOIN WIREREPORT_SANITIZE "," _wr_sanitizers)
  add_compile_options(-fsanitize=${_wr_sanitizers} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${_wr_sanitizers})
  message(STATUS "wirereport: sanitizers ${_wr_sanitizers}")
endif()

if(WIREREPORT_FUZZ)
  # Coverage for the fuzzer in every object; fuzz/ links libFuzzer's main into its targets.
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# wirereport_sanitized_host_test(<test>...): for tests that load the library into a program
# that was not built with the sanitizers (the Python interpreter loading the shared library):
# preloads the sanitizer runtime so that it comes first, and leaves the host's own leaks alone.
# Does nothing in builds without sanitizers.
function(wirereport_sanitized_host_test)
  if(NOT WIREREPORT_SANITIZE)
    return()
  endif()
  if("address" IN_LIST WIREREPORT_SANITIZE)  # its runtime carries UBSan's too
    set(_runtime_name asan)
  elseif("thread" IN_LIST WIREREPORT_SANITIZE)
    set(_runtime_name tsan)
  else()
    set(_runtime_name ubsan)
  endif()
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    if(_runtime_name STREQUAL "ubsan")
      set(_runtime_name ubsan_standalone)
    endif()
    set(_runtime_file "libclang_rt.${_runtime_name}-${CMAKE_SYSTEM_PROCESSOR}.so")
  else()
    set(_runtime_file "lib${_runtime_name}.so")
  endif()
  execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=${_runtime_file}
                  OUTPUT_VARIABLE _runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
  set_property(TEST ${ARGN} APPEND PROPERTY ENVIRONMENT
               "LD_PRELOAD=${_runtime}" "ASAN_OPTIONS=detect_leaks=0:halt_on_error=1")
endfunction()
