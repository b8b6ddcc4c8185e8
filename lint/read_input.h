// Reading a config from disk or stdin, within the size limit.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace azlint {

// The file's bytes, or nullopt with `error` set ("cannot read …", "… is larger than …").
// "-" reads standard input.
std::optional<std::string> read_input(const std::string& path, uint64_t max_bytes, std::string& error);

}  // namespace azlint
