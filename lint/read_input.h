// The one way azlint reads a file: the checked config (or stdin), `--config`, `.azlint.yaml`,
// env files, and every other file it reads beside a config. Only regular files are read: a FIFO,
// a device or a directory is refused without blocking (stat before open, O_NONBLOCK, fstat of the
// opened file), and never more than the size limit (at most limit + 1 bytes are read, whatever
// size the file system reports: /dev/zero, a sparse 8 GiB file).
#pragma once
#include <cstdint>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace azlint {

// The file's bytes, or nullopt with `reason` set ("no such file", "not a regular file (a named
// pipe)", "cannot read: Permission denied", "the file is 8192.0 MiB, larger than the 16.0 MiB
// limit (raise it with --max-file-size)"); the reason does not name the path. "-" reads standard
// input (bounded the same way).
std::optional<std::string> read_input(const std::string& path, uint64_t max_bytes, std::string& reason);
// What read_input checks before it reads (type, size, that it opens), without reading: false
// with `reason` set as read_input would. A file checked this way is read later, when it is used.
bool check_input(const std::string& path, uint64_t max_bytes, std::string& reason);

// A file azlint read beside a config and could not use, or not all of.
struct InputIssue {
  std::string path;
  std::string reason;
  // Named by the user (`--env-file`, `env_files` of `.azlint.yaml`, `--config`): an error, exit 2.
  // Otherwise found by azlint (the `.env` beside a config, `.azlint.yaml` found upward): a
  // warning, the file ignored.
  bool named = false;
  // Read, but only in part (the variables past the limit of an env file ignored): a warning.
  bool partial = false;
};

// Writes each issue not already in `seen` to `err` as `azlint: error: PATH: REASON` (named) or
// `azlint: warning: PATH: REASON (ignored)` (found, partial: `azlint: warning: PATH: REASON`);
// true when one of them is an error.
bool report_input_issues(const std::vector<InputIssue>& issues, std::ostream& err, std::set<std::string>& seen);

}  // namespace azlint
