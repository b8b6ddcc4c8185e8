// Files per second for a typical librechat.yaml and a generated 1 MiB one, side by side with
// what the same bytes cost other tools in-process: yaml-cpp's own YAML::Load (parse only, no
// positions) and azlint's loader alone. Run: `make bench`.
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include <yaml-cpp/yaml.h>

#include "corpus.h"
#include "lint/engine.h"
#include "lint/load_yaml.h"

using namespace azlint;
using Clock = std::chrono::steady_clock;

namespace {

// Runs `fn` repeatedly for about `seconds` and returns runs per second.
double per_second(const std::function<void()>& fn, double seconds) {
  fn();  // warm up (and compile the schema once)
  size_t runs = 0;
  auto start = Clock::now();
  double elapsed = 0;
  while (elapsed < seconds) {
    fn();
    ++runs;
    elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  }
  return static_cast<double>(runs) / elapsed;
}

void row(const char* what, double yaml_cpp, double loader, double lint) {
  std::printf("%-28s %14.1f %14.1f %14.1f %10.2fx\n", what, yaml_cpp, loader, lint, lint / yaml_cpp);
}

void measure(const char* name, const std::string& text, double seconds) {
  auto src = std::make_shared<SourceFile>("librechat.yaml", text);
  Options o;
  o.process_env = false;
  o.default_env_file = false;
  double a = per_second([&] { volatile auto n = YAML::Load(text).size(); (void)n; }, seconds);
  double b = per_second([&] { volatile bool p = load_yaml(src).doc.parsed; (void)p; }, seconds);
  double c = per_second([&] { volatile size_t n = lint_source(src, o).diagnostics.size(); (void)n; }, seconds);
  row(name, a, b, c);
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
  std::string typical = bench::typical_config();
  std::string big = bench::config_of_size(1u << 20);
  std::printf("files per second (higher is better); ratio = full lint / yaml-cpp parse\n");
  std::printf("%-28s %14s %14s %14s %11s\n", "input", "yaml-cpp Load", "azlint load", "azlint lint", "ratio");
  measure(("typical (" + std::to_string(typical.size()) + " B)").c_str(), typical, seconds);
  measure(("generated (" + std::to_string(big.size() / 1024) + " KiB)").c_str(), big, seconds);
  return 0;
}
