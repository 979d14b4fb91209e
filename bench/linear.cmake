# The linear-time family (bench_linear.cpp): parse() on pathological inputs of 1, 2, 4 and 8 MB,
# printing the time ratio of each doubling. A program of its own, because it has its own main
# (the ratio table and its exit status). It joins the suite with one line in bench/CMakeLists.txt:
#
#   include(linear.cmake)
#
# Run: build/bench/bench/wirereport_bench_linear (exit status 1 when a doubling costs over 2.4x).
find_package(benchmark REQUIRED)
add_executable(wirereport_bench_linear "${CMAKE_CURRENT_LIST_DIR}/bench_linear.cpp")
target_link_libraries(wirereport_bench_linear PRIVATE wirereport::wirereport benchmark::benchmark)
wirereport_set_warnings(wirereport_bench_linear)
