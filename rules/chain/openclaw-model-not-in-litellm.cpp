// chain/openclaw-model-not-in-litellm: an OpenClaw model id that the LiteLLM proxy it points at does not serve
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/links.h"
#include "lint/openclaw/proxy.h"
#include "lint/openclaw/view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class OpenclawModelNotInLitellm final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"chain/openclaw-model-not-in-litellm", "an OpenClaw model id that the LiteLLM proxy it points at does not serve", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      for (const openclaw::Model& m : p.models) {
        if (!m.id || m.id->text.empty()) continue;
        // One linked proxy, or no cross-file finding (several: chain/proxy-ambiguous).
        const openclaw::Proxy* linked = openclaw::proxies_for(p.base_url_for(m), p.api_for(m), ctx).one();
        if (!linked || linked->serves(m.id->text)) continue;
        const openclaw::Proxy& proxy = *linked;
        const std::string proxy_file = path_from(doc, *proxy.doc);  // as the reader of this file finds it
        std::vector<std::string_view> names = proxy.names();
        std::string_view near = did_you_mean(m.id->text, names);
        std::string list;
        for (size_t i = 0; i < names.size() && i < 8; ++i) list += (i ? ", " : "") + std::string(names[i]);
        if (names.size() > 8) list += ", …";
        std::string msg = "model id \"" + m.id->text + "\" of provider \"" + std::string(p.id) +
                          "\" is not a model_name of the LiteLLM proxy it points at (" + proxy_file +
                          "); the proxy answers 400 \"Invalid model name passed in model=" + m.id->text + "\"";
        if (!near.empty()) msg += " (did you mean \"" + std::string(near) + "\"?)";
        Report r = ctx.report(*m.id, msg);
        r.help(near.empty() ? "add a model_list entry with model_name: \"" + m.id->text + "\" to " + proxy_file +
                                  ", or use one of the names it serves"
                            : "use the proxy's name \"" + std::string(near) + "\", or rename the model_name in " +
                                  proxy_file);
        r.note_in(*proxy.doc, names.empty() ? "the proxy serves no model" : "the proxy serves: " + list,
                  proxy.model_list_span());
      }
    }
  }
};

}  // namespace

const Rule& rule_chain_openclaw_model_not_in_litellm() {
  static const OpenclawModelNotInLitellm rule;
  return rule;
}

}  // namespace azlint
