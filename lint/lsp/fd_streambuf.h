// A std::streambuf reading from a file descriptor (a pipe), so the LSP server can be driven
// in-process by tests and benchmarks.
#pragma once
#include <unistd.h>

#include <streambuf>

namespace azlint::lsp {

class FdInBuf : public std::streambuf {
 public:
  explicit FdInBuf(int fd) : fd_(fd) {}

 protected:
  int_type underflow() override {
    ssize_t n = ::read(fd_, buf_, sizeof buf_);
    if (n <= 0) return traits_type::eof();
    setg(buf_, buf_, buf_ + n);
    return traits_type::to_int_type(buf_[0]);
  }

 private:
  int fd_;
  char buf_[1 << 16];
};

}  // namespace azlint::lsp
