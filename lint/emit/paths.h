// Helpers the machine-readable emitters share: paths relative to the working directory, file
// URIs, and a deterministic hash for fingerprints. Internal to lint/emit/.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace azlint::emit_detail {

// `path` relative to `cwd` when it lies under it ("./a/b.yaml" -> "a/b.yaml",
// "/srv/repo/a.yaml" -> "a.yaml" with cwd /srv/repo); otherwise the normalised path as is
// (absolute, or starting with "..").
std::string relative_to(const std::string& path, const std::string& cwd);
// True for a path relative_to() could not bring under the working directory.
bool outside(const std::string& relative);
// The current working directory ("" when it cannot be read).
std::string working_directory();
// Percent-encodes everything but unreserved characters and '/'.
std::string uri_encode(std::string_view path);
// file:///abs/path (an absolute path in, percent-encoded).
std::string file_uri(const std::string& absolute_path);
// FNV-1a, 64 bits, as 16 lowercase hex digits: the same on every platform and run.
std::string fnv1a64_hex(std::string_view data);

}  // namespace azlint::emit_detail
