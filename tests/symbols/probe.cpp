// The symbols check's own test: a library with one writable global of the kind the check must
// reject (tests/CMakeLists.txt runs check_globals.py on it with --expect).
namespace wirereport::probe {

int calls = 0;

int count_call() { return ++calls; }

}  // namespace wirereport::probe
