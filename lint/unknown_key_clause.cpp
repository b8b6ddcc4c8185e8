#include "lint/unknown_key_clause.h"

#include "lint/document.h"

namespace azlint {

std::string dotted_path(const std::string& pointer) {
  std::string out;
  size_t pos = 0;
  while (pos < pointer.size()) {
    size_t next = pointer.find('/', pos + 1);
    if (!out.empty()) out += '.';
    out += pointer_unescape(std::string_view(pointer).substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1));
    pos = next == std::string::npos ? pointer.size() : next;
  }
  return out.empty() ? "<root>" : out;
}

std::string refusal_clause(std::string_view gateway) {
  if (gateway == "librechat") return "LibreChat refuses to start";
  if (gateway == "openclaw") return "OpenClaw reports it and keeps running on its last good config";
  return {};
}

std::string unknown_key_clause(std::string_view gateway, UnknownKeys mode, const std::string& pointer, const std::string& key) {
  if (gateway == "openclaw") {
    if (mode == UnknownKeys::Strict)
      return "OpenClaw reports " + (pointer.empty() ? std::string() : dotted_path(pointer) + ": ") + "Unrecognized key: \"" +
             key + "\" and keeps running on its last good config, so none of this file's changes apply";
    return "OpenClaw drops it silently, so the setting has no effect";
  }
  if (gateway == "librechat") {
    if (mode == UnknownKeys::Strict) return "LibreChat refuses to start: \"Unrecognized key(s) in object\"";
    return "LibreChat drops it silently, so the setting has no effect";
  }
  std::string name = gateway == "litellm" ? "the LiteLLM proxy" : gateway == "openwebui" ? "Open WebUI" : "the gateway";
  if (mode == UnknownKeys::Strict) return name + " rejects the config";
  if (mode == UnknownKeys::Strip) return name + " drops it silently, so the setting has no effect";
  return name + " keeps it";
}

}  // namespace azlint
