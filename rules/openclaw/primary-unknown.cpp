// openclaw/primary-unknown: `agents.defaults.model` naming an undefined custom provider or a model it does not list
#include <cctype>
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/rule.h"
#include "lint/openclaw/view.h"

namespace azlint {
namespace {

// A mapping with an `$include` key: OpenClaw merges another file in, which azlint does not read.
bool includes(const Node* n) { return n && n->is_mapping() && n->get("$include"); }

class PrimaryUnknown final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/primary-unknown", "`agents.defaults.model` naming an undefined custom provider or a model it does not list", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (openclaw::ModelRef r : view.model_refs()) {
      std::string shown = "\"" + r.node->text + "\"";
      if (r.provider.empty()) {
        // An alias of agents.defaults.models stands for its ref; anything else is a bundled openai model.
        std::string target = view.alias_target(r.model);
        size_t slash = target.find('/');
        if (target.empty() || slash == std::string::npos) continue;
        shown += " (alias of \"" + target + "\")";
        r.provider = lower(target.substr(0, slash));
        r.model = target.substr(slash + 1);
        r.provider_begin = r.provider_end = r.model_begin = r.model_end = 0;
      }
      const openclaw::Provider* p = view.find_provider(r.provider);
      if (!p) {
        if (openclaw::is_bundled_provider(r.provider)) continue;  // bundled providers are not checked
        // An `$include` where providers are defined may supply it (lint/openclaw/includes).
        if (includes(&doc.root) || includes(view.models) || includes(view.providers_node)) continue;
        std::vector<std::string_view> ids;
        for (const openclaw::Provider& q : view.providers) ids.push_back(q.id);
        std::string_view near = did_you_mean(r.provider, ids);
        std::string msg = "agents.defaults.model " + shown + " names provider \"" + r.provider +
                          "\", which is neither defined in models.providers nor bundled with OpenClaw; every "
                          "request of this agent fails with an unknown model";
        if (!near.empty()) msg += " (did you mean \"" + std::string(near) + "\"?)";
        report(ctx, r, r.provider_begin, r.provider_end, msg)
            .help(near.empty() ? "define the provider under models.providers, or fix the ref"
                               : "write \"" + std::string(near) + "/" + r.model + "\"");
        continue;
      }
      if (p->bundled || !p->models_node || !p->models_node->is_sequence()) continue;
      if (p->find_model(r.model) || includes(&p->node())) continue;
      std::vector<std::string_view> ids;
      for (const openclaw::Model& m : p->models) ids.push_back(m.id_text());
      std::string_view near = did_you_mean(r.model, ids);
      std::string url = p->base_url ? " to \"" + p->base_url->text + "\"" : std::string();
      std::string msg = "agents.defaults.model " + shown + " names model \"" + r.model + "\", which provider \"" +
                        std::string(p->id) + "\" does not list; OpenClaw does not check and sends the unknown id" +
                        url + ", which rejects it";
      if (!near.empty()) msg += " (did you mean \"" + std::string(near) + "\"?)";
      report(ctx, r, r.model_begin, r.model_end, msg)
          .help(near.empty() ? "add {id: \"" + r.model + "\", name: …} to the provider's models, or fix the ref"
                             : "write \"" + std::string(p->id) + "/" + std::string(near) + "\"");
    }
  }

 private:
  static std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  // At the part of the ref that is wrong when it can be located, else at the whole value.
  static Report report(Context& ctx, const openclaw::ModelRef& r, uint32_t begin, uint32_t end, const std::string& msg) {
    if (end > begin) return ctx.report_span(text_span(ctx.source(), *r.node, begin, end), r.node->pointer(), msg);
    return ctx.report(*r.node, msg);
  }
};

}  // namespace

const Rule& rule_openclaw_primary_unknown() {
  static const PrimaryUnknown rule;
  return rule;
}

}  // namespace azlint
