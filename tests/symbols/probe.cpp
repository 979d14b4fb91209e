// The symbols check's own test: a library with writable globals of the kinds the check must
// reject, beside one it allows (tests/CMakeLists.txt runs check_globals.py on it with --expect).
namespace wirereport::probe {

int calls = 0;  // rejected: a namespace-scope variable

int count_call() { return ++calls; }

}  // namespace wirereport::probe

namespace wirereport::detail {

// Allowed: the shared-table accessor's function-local static.
struct Table {
  int size = 0;
  static const Table& instance();
};

const Table& Table::instance() {
  static const Table table{[] { return probe::count_call(); }()};
  return table;
}

}  // namespace wirereport::detail
