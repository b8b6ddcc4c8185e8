#include "lint/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "lint/fix/atomic_write.h"

namespace azlint {

namespace {

std::string errno_text() { return std::strerror(errno); }

// Writes `bytes` over the file's content through one descriptor; "" on success.
std::string write_in_place(const std::string& path, const std::string& bytes) {
  int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return errno_text();
  for (size_t done = 0; done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string why = errno_text();
      ::close(fd);
      return why;
    }
    done += static_cast<size_t>(n);
  }
  return ::close(fd) == 0 ? std::string() : errno_text();
}

}  // namespace

std::string OutputFile::open(const std::string& path) {
  path_ = path;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno != ENOENT) return errno_text();
    // New: created now (mode 0666 less the umask), replaced at the end.
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) return errno_text();
    ::close(fd);
    return {};
  }
  if (S_ISDIR(st.st_mode)) return "is a folder";
  if (::access(path.c_str(), W_OK) != 0) return errno_text();
  atomic_ = S_ISREG(st.st_mode) && unwritable_reason(path).empty();
  return {};
}

std::string OutputFile::commit() {
  const std::string bytes = buffer_.str();
  if (atomic_) return write_atomically(path_, bytes);
  return write_in_place(path_, bytes);
}

}  // namespace azlint
