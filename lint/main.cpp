#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>

#include "lint/cli.h"

namespace {

// The exit of a run: the output flushed, then — outside sanitizer builds, whose leak check runs at
// exit — no destructors of static objects (the parsed schemas, the rule registry, the caches): the
// kernel frees them faster than freeing them node by node (issue 14, a cold start's last cost).
[[noreturn]] void finish(int code) {
  std::cout.flush();
  std::cerr.flush();
#ifdef AZLINT_FAST_EXIT
  std::fflush(nullptr);
  std::_Exit(code);
#else
  std::exit(code);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  try {
    finish(azlint::run_cli(argc, argv));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "azlint: internal error: %s\n", e.what());
    finish(3);
  } catch (...) {
    std::fprintf(stderr, "azlint: internal error\n");
    finish(3);
  }
}
