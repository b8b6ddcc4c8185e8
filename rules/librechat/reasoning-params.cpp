// librechat/reasoning-params: `addParams` with `temperature` != 1 or `max_tokens` for a reasoning model
#include <cctype>
#include <string>
#include <string_view>

#include "lint/fix/yaml_edits.h"
#include "lint/azure/models.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// The first model of the group that is a reasoning model by its key or its deployment name.
const librechat::Model* reasoning_model(const librechat::Group& g) {
  for (const librechat::Model& m : g.models) {
    if (azure::is_reasoning_model(m.name)) return &m;
    if (m.deployment && m.deployment->is_string() && azure::is_reasoning_model(m.deployment->text)) return &m;
  }
  return nullptr;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Current LibreChat drops `temperature` itself for model keys matching
// /\b(o[13]|gpt-5)(?!\.|-chat)(?:-|$)/ (packages/api endpoints/openai/llm.ts); older releases
// send it. o4-mini and alias keys are not matched.
bool temperature_auto_dropped(std::string_view key) {
  for (std::string_view stem : {std::string_view("o1"), std::string_view("o3"), std::string_view("gpt-5")}) {
    for (size_t at = key.find(stem); at != std::string_view::npos; at = key.find(stem, at + 1)) {
      if (at > 0 && word_char(key[at - 1])) continue;
      std::string_view rest = key.substr(at + stem.size());
      if (!rest.empty() && rest[0] == '.') continue;
      if (rest.substr(0, 5) == "-chat") continue;
      if (rest.empty() || rest[0] == '-') return true;
    }
  }
  return false;
}

bool dropped(const librechat::Group& g, std::string_view param) {
  const Node* drop = g.node->get("dropParams");
  if (!drop || !drop->is_sequence()) return false;
  for (const Node& item : drop->items())
    if (item.is_string() && item.text == param) return true;
  return false;
}

class ReasoningParams final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/reasoning-params",
                                    "`addParams` with `temperature` other than 1 or `max_tokens` for a reasoning model",
                                    Severity::Error, Fixability::Unsafe, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.add_params || !g.add_params->is_mapping()) continue;
      const librechat::Model* rm = reasoning_model(g);
      if (!rm) continue;
      const std::string model(rm->name);
      const std::string scope = g.models.size() > 1 ? " (addParams apply to every model of the group)" : "";
      for (const Member& p : g.add_params->members()) {
        const std::string_view key = p.key.text;
        if (dropped(g, key)) continue;  // LibreChat applies dropParams after addParams
        if (key == "max_tokens" && !p.value.is_null()) {
          Report r = ctx.report_key(
              p.value, "addParams sets `max_tokens`, which the reasoning model \"" + model + "\" rejects" + scope +
                           ": Azure answers 400 \"Unsupported parameter: 'max_tokens' is not supported "
                           "with this model. Use 'max_completion_tokens' instead.\"");
          r.help("rename `max_tokens` to `max_completion_tokens` (api-version 2024-09-01-preview or later)")
              .note("reasoning model here", rm->key().span);
          if (!g.add_params->get("max_completion_tokens"))
            r.fix("rename to max_completion_tokens", {rename_key(p.key, "max_completion_tokens")}, FixSafety::Unsafe);
        } else if (key == "temperature" && p.value.kind == Node::Kind::Number && p.value.number() != 1) {
          // Prefer a reasoning model whose key current releases do not protect.
          const librechat::Model* hit = nullptr;
          for (const librechat::Model& m : g.models) {
            const bool reasoning = azure::is_reasoning_model(m.name) || (m.deployment && m.deployment->is_string() &&
                                                                         azure::is_reasoning_model(m.deployment->text));
            if (reasoning && !temperature_auto_dropped(m.name)) {
              hit = &m;
              break;
            }
          }
          const librechat::Model& tm = hit ? *hit : *rm;
          const std::string shown = p.value.text.empty() ? std::to_string(p.value.number()) : p.value.text;
          std::string msg = "addParams sets `temperature: " + shown + "`, but the reasoning model \"" +
                            std::string(tm.name) + "\" accepts only the default 1" + scope +
                            ": Azure answers 400 \"Unsupported value: 'temperature' does not support " + shown +
                            " with this model. Only the default (1) value is supported.\"";
          if (!hit)
            msg +=
                " (current LibreChat releases drop `temperature` for this model name themselves; older ones send it)";
          Report r = ctx.report_key(p.value, std::move(msg));
          r.help(
               "remove `temperature` from addParams, list it in dropParams, or move the reasoning model to "
               "a group of its own")
              .note("reasoning model here", tm.key().span);
          if (!hit) r.severity(Severity::Warning);
        }
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_reasoning_params() {
  static const ReasoningParams rule;
  return rule;
}

}  // namespace azlint
