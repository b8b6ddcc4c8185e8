// Files per second on one core for a typical librechat.yaml and a generated 1 MiB one, side by
// side in one run with what the same bytes cost other tools in-process: yaml-cpp's bare event
// parse (no tree) and its YAML::Load, azlint's loader alone, and LibreChat's own validator warm
// (bench/node/librechat-warm.mjs: js-yaml load + configSchema.strict().safeParse +
// validateAzureGroups, under node, when `npm ci` has installed bench/node; skipped with a message
// otherwise). azlint lints as `check` does: every rule, the whole-file schema, the process
// environment. Run: `make bench` (`azlint_bench SECONDS`; `azlint_bench SECONDS lint` (or `lint-1m`)
// lints the typical (or the 1 MiB) file only, `load` (or `load-1m`) loads it, for a profiler).
#include <sched.h>
#include <unistd.h>

#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include "corpus.h"
#include "lint/engine.h"
#include "lint/load_yaml.h"
#include "lint/yaml_fast.h"

using namespace azlint;

namespace {

// CPU seconds this process has used: a rate per CPU second holds on a loaded machine, where
// wall time depends on what else runs.
double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

// Runs `fn` repeatedly for about `seconds` of CPU time and returns runs per CPU second.
double per_second(const std::function<void()>& fn, double seconds) {
  fn();  // warm up (and compile the schema once)
  size_t runs = 0;
  const double start = cpu_seconds();
  double elapsed = 0;
  while (elapsed < seconds) {
    fn();
    ++runs;
    elapsed = cpu_seconds() - start;
  }
  return static_cast<double>(runs) / elapsed;
}

// yaml-cpp's event parser with a handler that keeps nothing: the floor of any YAML reader.
class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& value) override {
    bytes += value.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  size_t bytes = 0;
};

// LibreChat's warm validator on `text`, files per second, or nullopt (said why) when node or
// the packages are missing.
std::optional<double> librechat_per_second(const std::string& text, double seconds, std::string& why) {
  const std::string script = std::string(AZLINT_SOURCE_DIR) + "/bench/node/librechat-warm.mjs";
  if (access((std::string(AZLINT_SOURCE_DIR) + "/bench/node/node_modules/librechat-data-provider").c_str(), F_OK) != 0) {
    why = "LibreChat: skipped (librechat-data-provider not installed: cd bench/node && npm ci)";
    return std::nullopt;
  }
  char path[] = "/tmp/azlint-bench-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) {
    why = "LibreChat: skipped (no temporary file)";
    return std::nullopt;
  }
  close(fd);
  std::ofstream(path, std::ios::binary) << text;
  std::string cmd = "node '" + script + "' '" + path + "' " + std::to_string(seconds) + " 2>&1";
  std::string out;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[256];
    while (fgets(buf, sizeof buf, p)) out += buf;
    int rc = pclose(p);
    if (rc != 0) out = "exit " + std::to_string(rc) + ": " + out;
  }
  unlink(path);
  double fps = std::atof(out.c_str());
  if (fps <= 0) {
    while (!out.empty() && out.back() == '\n') out.pop_back();
    why = "LibreChat: skipped (" + out + ")";
    return std::nullopt;
  }
  if (out.find("refused") != std::string::npos) why = "LibreChat refused the generated file (timed all the same)";
  return fps;
}

void measure(const char* name, const std::string& text, double seconds) {
  auto src = std::make_shared<SourceFile>("librechat.yaml", text);
  Options o;
  o.default_env_file = false;  // no .env or declarations read from the bench's folder
  double events = per_second([&] {
    std::istringstream in(text);
    YAML::Parser parser(in);
    NullHandler h;
    while (parser.HandleNextDocument(h)) {}
    volatile size_t n = h.bytes; (void)n;
  }, seconds);
  double load_cpp = per_second([&] { volatile auto n = YAML::Load(text).size(); (void)n; }, seconds);
  double loader = per_second([&] { volatile bool p = load_yaml(src).doc.parsed; (void)p; }, seconds);
  // The loader on yaml-cpp alone (what it was before the fast reader), and the fast reader alone
  // (no pointers): the fast reader declined the file when its rate is "-".
  double loader_cpp = per_second([&] {
    volatile bool p = load_yaml(src, Limits{}, YamlReader::YamlCppOnly).doc.parsed; (void)p;
  }, seconds);
  NodeArena probe_arena;
  bool fast_reads = read_yaml_fast(text, Limits{}, probe_arena).has_value();
  double fast = fast_reads ? per_second([&] {
    NodeArena arena;
    volatile bool p = read_yaml_fast(text, Limits{}, arena).has_value();
    (void)p;
  }, seconds) : 0;
  double lint = per_second([&] { volatile size_t n = lint_source(src, o).diagnostics.size(); (void)n; }, seconds);
  std::string why;
  std::optional<double> lc = librechat_per_second(text, seconds, why);
  std::printf("%-24s %12.1f %12.1f %12.1f %12.1f", name, events, load_cpp, loader, lint);
  char fast_text[32] = "-";
  if (fast_reads) std::snprintf(fast_text, sizeof fast_text, "%.1f", fast);
  std::printf(" %12.1f %12s", loader_cpp, fast_text);
  if (lc) std::printf(" %12.1f %10.2fx %10.2fx\n", *lc, lint / events, lint / *lc);
  else std::printf(" %12s %10.2fx %11s\n", "-", lint / events, "-");
  if (!why.empty()) std::printf("  %s\n", why.c_str());
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
  // One core for both sides: this process and node (which inherits the mask), on the CPU it
  // runs on now.
  cpu_set_t one;
  CPU_ZERO(&one);
  int cpu = sched_getcpu();
  CPU_SET(cpu < 0 ? 0 : cpu, &one);
  sched_setaffinity(0, sizeof one, &one);
  std::string typical = bench::typical_config();
  if (argc > 2 && (std::string(argv[2]) == "load" || std::string(argv[2]) == "load-1m")) {
    auto src = std::make_shared<SourceFile>("librechat.yaml", std::string(argv[2]) == "load" ? typical : bench::config_of_size(1u << 20));
    std::printf("%.1f files/s\n", per_second([&] { volatile bool p = load_yaml(src).doc.parsed; (void)p; }, seconds));
    return 0;
  }
  if (argc > 2 && (std::string(argv[2]) == "lint" || std::string(argv[2]) == "lint-1m")) {
    auto src = std::make_shared<SourceFile>("librechat.yaml", std::string(argv[2]) == "lint" ? typical : bench::config_of_size(1u << 20));
    Options o;
    o.default_env_file = false;
    std::printf("%.1f files/s\n", per_second([&] { volatile size_t n = lint_source(src, o).diagnostics.size(); (void)n; }, seconds));
    return 0;
  }
  std::string big = bench::config_of_size(1u << 20);
  std::printf("files per CPU second on one core (higher is better), side by side in one run\n");
  std::printf("lint/events = azlint lint / yaml-cpp event parse; lint/LibreChat = azlint lint / LibreChat's validator\n");
  std::printf("azlint load = load_yaml (the fast reader, yaml-cpp when it declines); load yaml-cpp = load_yaml on\n"
              "yaml-cpp alone; fast read = the fast reader alone (lint/yaml_fast.h, no pointers)\n");
  std::printf("%-24s %12s %12s %12s %12s %12s %12s %12s %11s %11s\n", "input", "yaml events", "yaml Load", "azlint load",
              "azlint lint", "load yamlcpp", "fast read", "LibreChat", "lint/events", "lint/LibreC");
  measure(("typical (" + std::to_string(typical.size()) + " B)").c_str(), typical, seconds);
  measure(("generated (" + std::to_string(big.size() / 1024) + " KiB)").c_str(), big, seconds);
  return 0;
}
