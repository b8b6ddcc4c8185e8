// The request URL a rule quotes: the one its gateway's resolution (Context::resolved) built for
// the requests read from a node, so a finding, `azlint show` and `azlint verify` name the same URL.
#pragma once
#include <optional>
#include <string>

#include "lint/context.h"

namespace azlint {

struct QuotedRequest {
  std::string url;    // the first such request's URL
  std::string model;  // its model
  bool several = false;  // other requests read from the node go to other URLs
  // `"URL"`, or `"URL" (model "m")` when the node's requests go to several URLs.
  std::string quoted() const { return "\"" + url + "\"" + (several ? " (model \"" + model + "\")" : ""); }
};

// nullopt when the resolution built no URL from `node` (no model, an unset variable, …).
// `model`: only the request of the model at that node.
inline std::optional<QuotedRequest> request_from(Context& ctx, const Node& node, const Node* model = nullptr) {
  std::optional<QuotedRequest> q;
  for (const ResolvedRequest* r : ctx.resolved_from(node)) {
    if (r->url.empty() || r->alias || (model && r->pointer != model->pointer())) continue;
    if (!q) q = QuotedRequest{r->url, r->model};
    else if (r->url != q->url) q->several = true;
  }
  return q;
}

}  // namespace azlint
