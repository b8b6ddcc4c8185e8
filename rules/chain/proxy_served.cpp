#include "rules/chain/proxy_served.h"

#include "lint/gateway.h"
#include "lint/links.h"
#include "lint/openclaw/proxy.h"
#include "lint/openclaw/view.h"

namespace azlint::chain {

std::map<const Node*, std::vector<ProxyServed>> proxy_served(const Document& doc, Context& ctx) {
  std::map<const Node*, std::vector<ProxyServed>> out;
  if (!doc.gateway || doc.gateway->id() != "openclaw") return out;
  const openclaw::View& view = openclaw::view_of(ctx);
  for (const openclaw::Provider& p : view.providers) {
    for (const openclaw::Model& m : p.models) {
      if (!m.id || m.id->text.empty()) continue;
      // One linked proxy, or nothing (several: chain/proxy-ambiguous says so).
      if (const openclaw::Proxy* linked = openclaw::proxies_for(p.base_url_for(m), p.api_for(m), ctx).one()) {
        const openclaw::Proxy& proxy = *linked;
        for (const openclaw::ProxyEntry* e : proxy.entries_for(m.id->text)) {
          if (e->model.empty()) continue;
          const Node* params = e->node ? e->node->get("litellm_params") : nullptr;
          const Node* at = params && params->is_mapping() ? params->get("model") : nullptr;
          out[m.id].push_back({e->model, path_from(doc, *proxy.doc), proxy.doc, at ? at : e->node});
        }
      }
    }
  }
  return out;
}

}  // namespace azlint::chain
