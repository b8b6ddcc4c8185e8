// How `check --fix` writes a file: never in place. The new bytes go to an unnamed temporary
// file in the same folder (O_TMPFILE; a named `.NAME.azlint-*` one where the file system has
// none), with the file's mode (and owner, when allowed), fsync'd, then linked and renamed over
// the file, and the folder fsync'd: a reader sees the old file or the new one, and a run killed
// before the rename leaves the file as it was and no temporary behind. A symlink's target is
// written (the link stays).
#pragma once
#include <string>
#include <string_view>

namespace azlint {

// Why --fix must leave `path` alone ("has 2 hard links", "is not writable"), "" when it may
// write it (the reason does not name the path).
std::string unwritable_reason(const std::string& path);

// Replaces the file's bytes; "" on success, else the reason (the file is then unchanged).
// Test hook: with AZLINT_TEST_KILL_BEFORE_RENAME set, the process kills itself (SIGKILL)
// after the temporary file is written and synced, before it is linked and renamed.
std::string write_atomically(const std::string& path, std::string_view bytes);

}  // namespace azlint
