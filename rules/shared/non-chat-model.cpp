// non-chat-model: an image, audio or embedding model where the gateway sends chat completions
#include <map>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

#include "lint/azure/models.h"
#include "lint/azure/non_chat_models.h"
#include "lint/gateway.h"
#include "lint/rule.h"
#include "rules/chain/proxy_served.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

class NonChatModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"non-chat-model",
                                    "an image, audio or embedding model where the gateway sends chat completions",
                                    Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    // What a LiteLLM proxy of the run serves each model id by (OpenClaw), built once.
    const std::map<const Node*, std::vector<chain::ProxyServed>> served = chain::proxy_served(doc, ctx);
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::ModelName || f.model_use == ModelUse::Unknown) continue;
      const Text& key = f.node->text;
      if (key.empty() || key.find("${") != std::string::npos || key.find("os.environ/") != std::string::npos) continue;
      // The key names the model; when it is no known model, the deployment behind it does.
      const azure::NonChatFamily* family = azure::non_chat_family(key);
      std::string_view matched = key;
      if (!family && !azure::is_known_model(key)) {
        for (std::string_view m : f.models) {
          if ((family = azure::non_chat_family(m))) {
            matched = m;
            break;
          }
        }
      }
      const std::string subject = field_util::label(f);
      if (family) {
        const NonChatRoute route = doc.gateway->behaviour().non_chat_model(f, family->kind, matched);
        const std::string behind = matched == key ? "" : " (served by \"" + std::string(matched) + "\")";
        // One finding per cause: LiteLLM entries load-balancing one deployment are notes of the first.
        const bool undeclared = f.model_use == ModelUse::Undeclared;
        std::optional<Report> r = ctx.report_once(
            (undeclared ? "deployment:" : subject + "|") + std::string(matched), *f.node,
            subject + behind + " is " + std::string(azure::non_chat_noun(family->kind)) + ", served on " +
                std::string(azure::non_chat_route(family->kind)) + ", but " + route.clause,
            "the same model, \"" + std::string(matched) + "\", here too");
        if (!r) continue;
        r->help(route.help);
        if (undeclared) r->severity(Severity::Warning);
        continue;
      }
      if (f.model_use != ModelUse::Text) continue;
      // A model sent through a LiteLLM proxy of the run: what the proxy routes it to.
      const auto via_proxy = served.find(f.node);
      if (via_proxy == served.end()) continue;
      for (const chain::ProxyServed& s : via_proxy->second) {
        const azure::NonChatFamily* via = azure::non_chat_family(s.model);
        if (!via) continue;
        const NonChatRoute route = doc.gateway->behaviour().non_chat_model(f, via->kind, s.model);
        Report r = ctx.report(*f.node, subject + " is routed by the LiteLLM proxy (" + s.file + ") to \"" + s.model +
                                           "\", " + std::string(azure::non_chat_noun(via->kind)) + ", but " + route.clause);
        r.help(route.help);
        if (s.doc && s.entry_model) r.note_in(*s.doc, "the proxy's entry for it", s.entry_model->span);
        break;
      }
    }
  }
};

}  // namespace

const Rule& rule_non_chat_model() {
  static const NonChatModel rule;
  return rule;
}

}  // namespace azlint
