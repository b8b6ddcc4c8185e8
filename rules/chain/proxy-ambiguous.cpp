// chain/proxy-ambiguous: an OpenClaw provider whose proxy address matches several linked LiteLLM configs
#include <fmt/format.h>

#include <set>
#include <string>
#include <vector>

#include "lint/links.h"
#include "lint/openclaw/proxy.h"
#include "lint/openclaw/view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ProxyAmbiguous final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"chain/proxy-ambiguous", "an OpenClaw provider whose proxy address matches several linked LiteLLM configs", Severity::Info, false, "openclaw"};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    std::set<const Node*> seen;  // a base URL shared by a provider and its models: once
    for (const openclaw::Provider& p : view.providers) {
      std::vector<std::pair<const Node*, std::string_view>> urls{{p.base_url, p.api ? std::string_view(p.api->text) : ""}};
      for (const openclaw::Model& m : p.models) urls.emplace_back(p.base_url_for(m), p.api_for(m));
      for (const auto& [url, api] : urls) {
        if (!url || !seen.insert(url).second) continue;
        openclaw::Reach reach = openclaw::proxies_for(url, api, ctx);
        if (!reach.ambiguous()) continue;
        std::string names;
        for (const openclaw::Proxy* proxy : reach.proxies)
          names += (names.empty() ? "" : ", ") + path_from(doc, *proxy->doc);
        Report r = ctx.report(*url, fmt::format("provider \"{}\" points at \"{}\", which {} LiteLLM configs linked to this file "
                                                "could serve ({}; linked by {}): azlint assumes none of them, so the "
                                                "provider's models are not checked against a proxy",
                                                p.id, url->text, reach.proxies.size(), names, reach.via));
        r.help(fmt::format("say which one answers there: keep one LiteLLM config per folder, or add `links: {{\"{}\": "
                           "<path of its config>}}` to .azlint.yaml",
                           address_text(url->text, ctx)));
        for (const openclaw::Proxy* proxy : reach.proxies)
          r.note_in(*proxy->doc, "a LiteLLM config that may serve it", proxy->model_list_span());
      }
    }
  }

 private:
  // "localhost:4000" for the help line.
  static std::string address_text(const std::string& url, const Context& ctx) {
    std::optional<std::string> resolved = openclaw::resolve(url, ctx.env());
    Address a = address_of(split_url(resolved ? *resolved : url));
    return a.host.find(':') != std::string::npos ? "[" + a.host + "]:" + a.port : a.host + ":" + a.port;
  }
};

}  // namespace

const Rule& rule_chain_proxy_ambiguous() {
  static const ProxyAmbiguous rule;
  return rule;
}

}  // namespace azlint
