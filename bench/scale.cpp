// The scaling figures of `make bench`: `azlint check` run as a process (wall, CPU, peak RSS) on
// a mixed repository of 10 000 and 100 000 configs, and on a 16 MiB file of each gateway.
// Run: `make bench` (argument: the azlint binary; AZLINT_BENCH_FILES=10000,100000 to change sizes).
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "mixed_corpus.h"

extern char** environ;
namespace fs = std::filesystem;
using namespace azlint;

namespace {

struct Run {
  double wall = 0, cpu = 0;
  double rss_mb = 0;
  int status = 0;
};

// Runs argv in `cwd` with stdout and stderr to /dev/null.
Run run(const std::vector<std::string>& args, const std::string& cwd) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  const fs::path here = fs::current_path();
  fs::current_path(cwd);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  Run r;
  if (posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ) != 0) {
    r.status = -1;
  } else {
    struct rusage ru {};
    wait4(pid, &r.status, 0, &ru);
    r.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.cpu = ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    r.rss_mb = ru.ru_maxrss / 1024.0;
  }
  fs::current_path(here);
  posix_spawn_file_actions_destroy(&fa);
  return r;
}

std::vector<size_t> sizes() {
  std::vector<size_t> out;
  const char* s = std::getenv("AZLINT_BENCH_FILES");
  std::string list = s ? s : "10000,100000";
  for (size_t b = 0; b <= list.size();) {
    size_t e = list.find(',', b);
    if (e == std::string::npos) e = list.size();
    if (e > b) out.push_back(std::stoul(list.substr(b, e - b)));
    b = e + 1;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: azlint_scale_bench AZLINT [WORKDIR]\n");
    return 2;
  }
  const std::string azlint = fs::absolute(argv[1]).string();
  const fs::path work = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / ("azlint-bench-" + std::to_string(getpid()));
  fs::create_directories(work);
  // The variables the generated configs reference are set, as where the gateways run.
  for (const char* v : {"LITELLM_MASTER_KEY", "AZURE_OPENAI_API_KEY", "MISTRAL_API_KEY", "REGION_0_API_KEY",
                        "REGION_1_API_KEY", "REGION_2_API_KEY"})
    setenv(v, "bench-placeholder-value", 1);

  std::printf("mixed repository (OpenClaw + its LiteLLM proxy, LibreChat, Open WebUI; four to a folder), "
              "`azlint check` on %ld cores\n", sysconf(_SC_NPROCESSORS_ONLN));
  std::printf("%-10s %10s %10s %12s %8s\n", "files", "wall s", "CPU s", "peak RSS MB", "exit");
  std::vector<std::pair<size_t, Run>> runs;
  for (size_t n : sizes()) {
    const fs::path dir = work / ("mixed-" + std::to_string(n));
    std::vector<std::string> openwebui = bench::write_mixed_corpus(dir.string(), n);
    std::vector<std::string> args{azlint, "check", "."};
    for (const std::string& f : openwebui) args.push_back(fs::relative(f, dir).string());
    // A short run's CPU moves by a tenth between runs: the smaller sizes are run five times and the
    // run of median CPU is shown (its peak RSS the largest of them), the ratio is between medians.
    const int reps = n <= 20000 ? 5 : 1;
    std::vector<Run> rs;
    for (int k = 0; k < reps; ++k) rs.push_back(run(args, dir.string()));
    std::sort(rs.begin(), rs.end(), [](const Run& a, const Run& b) { return a.cpu < b.cpu; });
    Run r = rs[rs.size() / 2];
    for (const Run& x : rs) r.rss_mb = std::max(r.rss_mb, x.rss_mb);
    runs.emplace_back(n, r);
    std::printf("%-10zu %10.2f %10.2f %12.1f %8d%s\n", n, r.wall, r.cpu, r.rss_mb,
                WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1, reps > 1 ? "   (median of 5 runs)" : "");
    std::fflush(stdout);
    fs::remove_all(dir);
  }
  if (runs.size() >= 2 && runs.front().second.cpu > 0)
    std::printf("CPU ratio %zu/%zu: %.2fx (files ratio %.0fx)\n", runs.back().first, runs.front().first,
                runs.back().second.cpu / runs.front().second.cpu,
                static_cast<double>(runs.back().first) / runs.front().first);

  const size_t big = 16u << 20;
  // At the default node budget (250 000) these dense files stop with one `syntax` finding; the
  // budget is raised so each is linted fully (--max-nodes), which is what the RSS column measures.
  std::printf("\none 16 MiB file per gateway, `azlint check --max-nodes 4000000` (linted fully)\n");
  std::printf("%-10s %10s %10s %12s %12s %8s\n", "gateway", "MB", "s per MB", "peak RSS MB", "RSS / size", "exit");
  for (const char* g : {"librechat", "openclaw", "litellm", "openwebui"}) {
    const fs::path dir = work / (std::string("big-") + g);
    fs::create_directories(dir);
    std::string text = bench::large_config(g, big - 4096);  // within --max-file-size, whole
    if (text.size() > big) text.resize(big);
    const fs::path file = dir / bench::file_name_for(g);
    std::ofstream(file, std::ios::binary) << text;
    Run r = run({azlint, "check", "--max-nodes", "4000000", file.filename().string()}, dir.string());
    const double mb = text.size() / 1e6;
    std::printf("%-10s %10.1f %10.3f %12.1f %12.2f %8d\n", g, mb, r.wall / mb, r.rss_mb,
                r.rss_mb * (1 << 20) / text.size(), WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1);
    std::fflush(stdout);
    fs::remove_all(dir);
  }
  fs::remove_all(work);
  return 0;
}
