#include "lint/read_input.h"

#include "lint/scrub.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

namespace azlint {

namespace {

// "16.0 MiB", or "1000 byte(s)" below a MiB (`unit` is "byte" before "limit", "bytes" after "is").
std::string mib(uint64_t bytes, const char* unit = "byte") {
  if (bytes < (1u << 20)) return fmt::format("{} {}", bytes, unit);
  return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

std::string too_large(uint64_t max_bytes) {
  return fmt::format("the input is larger than the {} limit (raise it with --max-file-size)", mib(max_bytes));
}

// Why a file of this type is not read ("" for a regular file).
std::string not_regular(mode_t mode) {
  if (S_ISREG(mode)) return "";
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "not a regular file (a named pipe)";
  if (S_ISCHR(mode)) return "not a regular file (a character device)";
  if (S_ISBLK(mode)) return "not a regular file (a block device)";
  if (S_ISSOCK(mode)) return "not a regular file (a socket)";
  return "not a regular file";
}

std::string size_reason(const struct stat& st, uint64_t max_bytes) {
  if (st.st_size >= 0 && static_cast<uint64_t>(st.st_size) > max_bytes)
    return fmt::format("the file is {}, larger than the {} limit (raise it with --max-file-size)",
                       mib(static_cast<uint64_t>(st.st_size), "bytes"), mib(max_bytes));
  return "";
}

struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Reads fd to its end, failing past max_bytes: at most max_bytes + 1 bytes are read.
std::optional<std::string> read_bounded(int fd, uint64_t max_bytes, uint64_t size_hint, std::string& reason) {
  std::string data;
  data.reserve(static_cast<size_t>(std::min<uint64_t>(size_hint, max_bytes)));
  char buf[1 << 16];
  for (;;) {
    uint64_t room = max_bytes - data.size();  // one byte more than that says "too large"
    ssize_t n = ::read(fd, buf, room >= sizeof buf ? sizeof buf : static_cast<size_t>(room) + 1);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      reason = std::string("cannot read: ") + std::strerror(errno);
      return std::nullopt;
    }
    if (n == 0) return data;
    data.append(buf, static_cast<size_t>(n));
    if (data.size() > max_bytes) {
      reason = too_large(max_bytes);
      return std::nullopt;
    }
  }
}

}  // namespace

namespace {

// The checks before a read: a regular file within the limit, opened without blocking (-1, with
// `reason` set, when not); `size` is what fstat reports.
int open_input(const std::string& path, uint64_t max_bytes, std::string& reason, uint64_t& size) {
  // The type first, so that opening never waits for a FIFO's writer or a device.
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    reason = errno == ENOENT || errno == ENOTDIR ? "no such file" : std::string("cannot read: ") + std::strerror(errno);
    return -1;
  }
  reason = not_regular(st.st_mode);
  if (reason.empty()) reason = size_reason(st, max_bytes);
  if (!reason.empty()) return -1;
  // O_NONBLOCK: were the file replaced by a FIFO since stat, open returns at once and fstat
  // tells; on a regular file the flag changes nothing.
  Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)};
  if (f.fd < 0) {
    reason = std::string("cannot read: ") + std::strerror(errno);
    return -1;
  }
  if (::fstat(f.fd, &st) != 0) {
    reason = std::string("cannot read: ") + std::strerror(errno);
    return -1;
  }
  reason = not_regular(st.st_mode);
  if (reason.empty()) reason = size_reason(st, max_bytes);
  if (!reason.empty()) return -1;
  int flags = ::fcntl(f.fd, F_GETFL);
  if (flags >= 0) ::fcntl(f.fd, F_SETFL, flags & ~O_NONBLOCK);
  size = static_cast<uint64_t>(std::max<off_t>(st.st_size, 0));
  int fd = f.fd;
  f.fd = -1;
  return fd;
}

}  // namespace

std::optional<std::string> read_input(const std::string& path, uint64_t max_bytes, std::string& reason) {
  if (path == "-") return read_bounded(STDIN_FILENO, max_bytes, 0, reason);
  uint64_t size = 0;
  Fd f{open_input(path, max_bytes, reason, size)};
  if (f.fd < 0) return std::nullopt;
  return read_bounded(f.fd, max_bytes, size, reason);
}

bool check_input(const std::string& path, uint64_t max_bytes, std::string& reason) {
  uint64_t size = 0;
  Fd f{open_input(path, max_bytes, reason, size)};
  return f.fd >= 0;
}

bool report_input_issues(const std::vector<InputIssue>& issues, std::ostream& err, std::set<std::string>& seen) {
  bool error = false;
  for (const InputIssue& i : issues) {
    if (!seen.insert(i.path + "\n" + i.reason).second) continue;
    const std::string what = escape_controls(i.path + ": " + i.reason);  // a path may hold anything
    if (i.partial) err << "azlint: warning: " << what << "\n";
    else if (i.named) err << "azlint: error: " << what << "\n";
    else err << "azlint: warning: " << what << " (ignored)\n";
    error |= i.named && !i.partial;
  }
  return error;
}

}  // namespace azlint
