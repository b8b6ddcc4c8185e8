#include "lint/read_input.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace azlint {

static std::string mib(uint64_t bytes) { return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0)); }

std::optional<std::string> read_input(const std::string& path, uint64_t max_bytes, std::string& error) {
  std::istream* in = &std::cin;
  std::ifstream file;
  if (path != "-") {
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) { error = path + ": no such file"; return std::nullopt; }
    if (fs::is_directory(status)) { error = path + ": is a directory"; return std::nullopt; }
    if (fs::is_regular_file(status)) {
      uint64_t size = fs::file_size(path, ec);
      if (!ec && size > max_bytes) {
        error = fmt::format("{}: the file is {}, larger than the {} limit (raise it with --max-file-size)", path,
                            mib(size), mib(max_bytes));
        return std::nullopt;
      }
    }
    file.open(path, std::ios::binary);
    if (!file) { error = path + ": cannot read: " + std::strerror(errno); return std::nullopt; }
    in = &file;
  }
  std::string data;
  char buf[1 << 16];
  while (*in) {
    in->read(buf, sizeof buf);
    data.append(buf, static_cast<size_t>(in->gcount()));
    if (data.size() > max_bytes) {
      error = fmt::format("{}: the input is larger than the {} limit (raise it with --max-file-size)",
                          path == "-" ? "<stdin>" : path, mib(max_bytes));
      return std::nullopt;
    }
  }
  if (in->bad()) { error = path + ": read error"; return std::nullopt; }
  return data;
}

}  // namespace azlint
