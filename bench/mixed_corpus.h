// Generated inputs for the scaling benchmarks: a mixed repository (folders of a few files each:
// an OpenClaw config and the LiteLLM config it points at side by side, a librechat.yaml and an
// Open WebUI export; not a git work tree) and one large file of each gateway.
#pragma once
#include <string>
#include <vector>

namespace azlint::bench {

// Writes `files` configs under `dir` (created), four to a folder. Returns the Open WebUI
// exports, which directory search does not pick up by name (they are passed explicitly).
std::vector<std::string> write_mixed_corpus(const std::string& dir, size_t files);

// A valid-looking config of `gateway` ("librechat", "openclaw", "litellm", "openwebui") of about
// `bytes` bytes (at most, LibreChat's aside), and the file name it is written under.
std::string large_config(const std::string& gateway, size_t bytes);
std::string file_name_for(const std::string& gateway);

}  // namespace azlint::bench
