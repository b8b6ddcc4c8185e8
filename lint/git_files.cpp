#include "lint/git_files.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>

#include "lint/strings.h"

extern char** environ;

namespace fs = std::filesystem;

namespace azlint {

namespace {

constexpr size_t kMaxListing = 256u << 20;  // a listing of millions of paths; more is refused
constexpr int kDeadlineMs = 60000;

// The caller's environment without the GIT_ variables that would point git at another
// repository, index or config (set when azlint runs from a git hook or alias); the user's own
// global and system config stay (core.excludesFile lives there).
std::vector<std::string> child_env() {
  static constexpr std::string_view kKeep[] = {"GIT_CONFIG_NOSYSTEM=", "GIT_CONFIG_GLOBAL=", "GIT_CONFIG_SYSTEM=",
                                               "GIT_CEILING_DIRECTORIES="};
  std::vector<std::string> out;
  for (char** e = environ; e && *e; ++e) {
    std::string_view v(*e);
    bool keep = !starts_with(v, "GIT_");
    for (std::string_view k : kKeep) keep |= starts_with(v, k);
    if (keep) out.emplace_back(v);
  }
  out.emplace_back("GIT_OPTIONAL_LOCKS=0");
  out.emplace_back("GIT_TERMINAL_PROMPT=0");
  return out;
}

std::string first_line(const std::string& s) {
  std::string line = s.substr(0, s.find('\n'));
  if (line.size() > 200) line = line.substr(0, 200) + "…";
  return line;
}

}  // namespace

std::optional<std::vector<std::string>> git_listed_files(const std::string& top, std::string& error) {
  int out[2], err[2];
  if (pipe2(out, O_CLOEXEC) != 0) {
    error = std::string("git: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (pipe2(err, O_CLOEXEC) != 0) {
    error = std::string("git: ") + std::strerror(errno);
    close(out[0]);
    close(out[1]);
    return std::nullopt;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  // The repository's config must not run a command: no fsmonitor daemon or hook, no pager.
  std::vector<std::string> args = {"git",
                                   "-c", "core.fsmonitor=false",
                                   "-c", "core.hooksPath=/dev/null",
                                   "-c", "core.untrackedCache=false",
                                   "--no-pager",
                                   "-C", top,
                                   "ls-files", "-z", "--cached", "--others", "--exclude-standard"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env = child_env();
  std::vector<char*> envp;
  for (std::string& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawnp(&pid, "git", &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(out[0]);
    close(err[0]);
    error = rc == ENOENT ? std::string("git not found on PATH") : std::string("git: ") + std::strerror(rc);
    return std::nullopt;
  }
  // Both pipes drained together (a full stderr pipe must not stall git), within the deadline.
  std::string text, errors;
  bool too_big = false, late = false;
  int poll_error = 0;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kDeadlineMs);
  pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
    if (left <= 0) {
      late = true;
      break;
    }
    int n = poll(fds, 2, static_cast<int>(left));
    if (n < 0 && errno != EINTR) {
      poll_error = errno;
      break;
    }
    if (n <= 0) continue;
    for (pollfd& p : fds) {
      if (p.fd < 0 || !(p.revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = read(p.fd, buf, sizeof buf);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        p.fd = -1;
        --open_fds;
        continue;
      }
      std::string& into = p.fd == out[0] ? text : errors;
      if (p.fd == err[0] && errors.size() > 4096) continue;  // enough for a message
      into.append(buf, static_cast<size_t>(got));
      if (text.size() > kMaxListing) {
        too_big = true;
        open_fds = 0;
        break;
      }
    }
  }
  close(out[0]);
  close(err[0]);
  if (late || too_big || poll_error) kill(pid, SIGKILL);  // the child this function started, by its id
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (late) {
    error = "git ls-files took over " + std::to_string(kDeadlineMs / 1000) + " s";
    return std::nullopt;
  }
  if (poll_error) {
    error = std::string("git: ") + std::strerror(poll_error);
    return std::nullopt;
  }
  if (too_big) {
    error = "git ls-files listed over " + std::to_string(kMaxListing >> 20) + " MiB of paths";
    return std::nullopt;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    error = "git: " + (errors.empty() ? std::string("exit status ") + std::to_string(WEXITSTATUS(status)) : first_line(errors));
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) error = "git: not found";
    return std::nullopt;
  }
  std::vector<std::string> files;
  for (size_t i = 0; i < text.size();) {
    size_t end = text.find('\0', i);
    if (end == std::string::npos) end = text.size();
    if (end > i) files.emplace_back(text, i, end - i);
    i = end + 1;
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace azlint
