#include "lint/dialect.h"

namespace azlint {

namespace {

std::string_view base_name(std::string_view path) {
  size_t s = path.find_last_of('/');
  return s == std::string_view::npos ? path : path.substr(s + 1);
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_yaml_name(std::string_view b) { return ends_with(b, ".yaml") || ends_with(b, ".yml"); }

}  // namespace

std::optional<Dialect> parse_dialect(std::string_view name) {
  if (name == "librechat") return Dialect::LibreChat;
  if (name == "openclaw") return Dialect::OpenClaw;
  if (name == "litellm") return Dialect::LiteLLM;
  if (name == "openwebui") return Dialect::OpenWebUI;
  if (name == "openwebui-env") return Dialect::OpenWebUIEnv;
  return std::nullopt;
}

std::string_view known_dialects() { return "librechat, openclaw, litellm, openwebui, openwebui-env"; }

bool is_config_file_name(std::string_view file_name) {
  std::string_view b = base_name(file_name);
  return b == "librechat.yaml" || b == "librechat.yml" || b == "openclaw.json" || b == "openclaw.json5" ||
         b == "litellm_config.yaml" || b == "litellm_config.yml" || b == "litellm.yaml" || b == "litellm.yml" ||
         b == "proxy_config.yaml" || b == "config.yaml" || b == "config.yml";
}

Dialect detect_dialect(const Node& root, std::string_view path) {
  // Content first.
  if (root.is_mapping()) {
    const Node* endpoints = root.get("endpoints");
    if (endpoints && endpoints->is_mapping()) return Dialect::LibreChat;
    if (const Node* ml = root.get("model_list"); ml && (ml->is_sequence() || ml->is_null())) return Dialect::LiteLLM;
    const Node* models = root.get("models");
    if ((models && models->is_mapping() && models->get("providers")) || (root.get("agents") && root.get("agents")->is_mapping()))
      return Dialect::OpenClaw;
    const Node* openai = root.get("openai");
    if (openai && openai->is_mapping() && (openai->get("api_base_urls") || openai->get("api_configs")))
      return Dialect::OpenWebUI;
    if (root.get("OPENAI_API_BASE_URLS") || root.get("OPENAI_API_BASE_URL")) return Dialect::OpenWebUIEnv;
  }
  // File name second.
  std::string_view b = base_name(path);
  if (b.rfind("librechat", 0) == 0 && is_yaml_name(b)) return Dialect::LibreChat;
  if (b.rfind("openclaw", 0) == 0 && (ends_with(b, ".json") || ends_with(b, ".json5"))) return Dialect::OpenClaw;
  if (b.rfind("litellm", 0) == 0 && is_yaml_name(b)) return Dialect::LiteLLM;
  return Dialect::Unknown;
}

}  // namespace azlint
