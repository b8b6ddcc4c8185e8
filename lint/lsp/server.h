// `azlint lsp`: a Language Server (LSP 3.17) over a byte stream, on the same engine as `check`.
// Free of nlohmann and CLI11 so that the CLI can include it.
#pragma once
#include <istream>
#include <ostream>

namespace azlint::lsp {

struct ServerOptions {
  std::ostream* log = nullptr;  // the log (stderr or --log FILE); nullptr: no log
  int debounce_ms = 75;         // quiet time after the last edit before re-linting
  bool detach_reader = false;   // on exit, leave the reading thread blocked on input (stdin)
};

// Serves until `exit` (or the end of input). Returns the process exit code: 0 after
// shutdown + exit, 1 on exit without shutdown or input ending first.
int run_server(std::istream& in, std::ostream& out, const ServerOptions& options);

}  // namespace azlint::lsp
