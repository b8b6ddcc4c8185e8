#include <cstdio>
#include <exception>

#include "lint/cli.h"

int main(int argc, char** argv) {
  try {
    return azlint::run_cli(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "azlint: internal error: %s\n", e.what());
    return 3;
  } catch (...) {
    std::fprintf(stderr, "azlint: internal error\n");
    return 3;
  }
}
