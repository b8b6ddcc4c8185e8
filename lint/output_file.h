// `check --output FILE`: where the report goes instead of standard output. The file is checked
// (created, when new) before the run, so an unwritable one stops it with exit 2 at once; the
// report is gathered in memory and written at the end atomically (lint/fix/atomic_write.h) when
// the file is a regular one azlint may replace, else (a device, a file with several hard links,
// one in a read-only folder) written in place.
#pragma once
#include <sstream>
#include <string>

namespace azlint {

class OutputFile {
 public:
  // "" when `path` can take the report, else why not (the reason does not name the path).
  std::string open(const std::string& path);
  std::ostream& stream() { return buffer_; }
  // Writes what was gathered; "" on success, else why not.
  std::string commit();

 private:
  std::string path_;
  bool atomic_ = true;
  std::ostringstream buffer_;
};

}  // namespace azlint
