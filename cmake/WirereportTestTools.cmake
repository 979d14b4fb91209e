# Tools that the binding tests and the examples run.
#
# wirereport_find_test_tools() sets, in the caller's scope:
#   WIREREPORT_TEST_PYTHON  a Python 3 that has pytest (Debian's python3-pytest). The first
#                           python3 on PATH may be another interpreter without the Debian
#                           packages (pyenv, a virtual environment), so the system's is tried too.
#   WIREREPORT_HAVE_PYTEST, WIREREPORT_HAVE_DASK  whether that Python has pytest and distributed
#   WIREREPORT_CARGO        cargo, or WIREREPORT_CARGO-NOTFOUND
# wirereport_skipped_test(name reason) adds a test that says why it is skipped (exit 77).
include_guard(GLOBAL)

function(wirereport_find_test_tools)
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  set(python "${Python3_EXECUTABLE}")
  set(have_pytest FALSE)
  foreach(candidate IN ITEMS "${Python3_EXECUTABLE}" /usr/bin/python3)
    execute_process(COMMAND "${candidate}" -c "import pytest" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
    if(rc EQUAL 0)
      set(python "${candidate}")
      set(have_pytest TRUE)
      break()
    endif()
  endforeach()
  execute_process(COMMAND "${python}" -c "import distributed" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(rc EQUAL 0)
    set(WIREREPORT_HAVE_DASK TRUE PARENT_SCOPE)
  else()
    set(WIREREPORT_HAVE_DASK FALSE PARENT_SCOPE)
  endif()
  set(WIREREPORT_TEST_PYTHON "${python}" PARENT_SCOPE)
  set(WIREREPORT_HAVE_PYTEST ${have_pytest} PARENT_SCOPE)
  find_program(WIREREPORT_CARGO cargo DOC "cargo, for the Rust binding's tests and example")
endfunction()

function(wirereport_skipped_test name reason)
  add_test(NAME ${name} COMMAND "${Python3_EXECUTABLE}" -c "print('SKIPPED: ${reason}'); raise SystemExit(77)")
  set_tests_properties(${name} PROPERTIES SKIP_RETURN_CODE 77)
endfunction()
