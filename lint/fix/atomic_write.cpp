#include "lint/fix/atomic_write.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fmt/format.h>

namespace azlint {

namespace {

// The file a path names, its symlinks followed ("" when it does not resolve).
std::string resolved(const std::string& path) {
  char buf[PATH_MAX];
  if (!realpath(path.c_str(), buf)) return {};
  return buf;
}

std::string folder_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

std::string errno_text(const char* what) { return fmt::format("{}: {}", what, std::strerror(errno)); }

// A name for the temporary file that does not exist yet.
std::string temp_name(const std::string& dir, const std::string& base, unsigned attempt) {
  return fmt::format("{}/.{}.azlint-{}-{}", dir, base, static_cast<long>(getpid()), attempt);
}

}  // namespace

std::string unwritable_reason(const std::string& path) {
  const std::string target = resolved(path);
  if (target.empty()) return errno_text("cannot resolve");
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) return errno_text("cannot stat");
  if (!S_ISREG(st.st_mode)) return "not a regular file";
  if (st.st_nlink > 1)
    return fmt::format("has {} hard links (a new file would split them); fix it by hand or break the links",
                       static_cast<unsigned long>(st.st_nlink));
  // The mode counts even for root: a read-only file says "leave me alone".
  if ((st.st_mode & 0222) == 0 || ::access(target.c_str(), W_OK) != 0) return "is not writable";
  if (::access(folder_of(target).c_str(), W_OK | X_OK) != 0) return "its folder is not writable (the new file is made there)";
  return {};
}

std::string write_atomically(const std::string& path, std::string_view bytes) {
  const std::string target = resolved(path);
  if (target.empty()) return errno_text("cannot resolve");
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) return errno_text("cannot stat");
  const std::string dir = folder_of(target), base = base_of(target);
  const mode_t mode = st.st_mode & 07777;

  std::string named;  // the named temporary file (the fallback), "" while it is unnamed
  int fd = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    for (unsigned attempt = 0; fd < 0 && attempt < 100; ++attempt) {
      named = temp_name(dir, base, attempt);
      fd = ::open(named.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0 && errno != EEXIST) return errno_text("cannot create a temporary file beside it");
    }
    if (fd < 0) return "cannot create a temporary file beside it";
  }
  auto fail = [&](std::string why) {
    ::close(fd);
    if (!named.empty()) ::unlink(named.c_str());
    return why;
  };
  if (!write_all(fd, bytes)) return fail(errno_text("cannot write"));
  if (::fchmod(fd, mode) != 0) return fail(errno_text("cannot keep its mode"));
  if (::fchown(fd, st.st_uid, st.st_gid) != 0) {
    // Owner and group kept when allowed (root, or a group of ours); the mode is what matters.
  }
  if (::fsync(fd) != 0) return fail(errno_text("cannot sync"));
  if (std::getenv("AZLINT_TEST_KILL_BEFORE_RENAME")) ::raise(SIGKILL);
  if (named.empty()) {
    // Give the unnamed file a name beside the target, then rename it over the target.
    const std::string proc = fmt::format("/proc/self/fd/{}", fd);
    for (unsigned attempt = 0; named.empty() && attempt < 100; ++attempt) {
      std::string candidate = temp_name(dir, base, attempt);
      if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, candidate.c_str(), AT_SYMLINK_FOLLOW) == 0) {
        named = candidate;
      } else if (errno != EEXIST) {
        return fail(errno_text("cannot link the temporary file"));
      }
    }
    if (named.empty()) return fail("cannot name the temporary file");
  }
  if (::rename(named.c_str(), target.c_str()) != 0) return fail(errno_text("cannot rename over it"));
  named.clear();
  ::close(fd);
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

}  // namespace azlint
