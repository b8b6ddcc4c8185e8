// insecure-endpoint: an `http://` endpoint to a non-loopback host that is sent an API key
#include <string>
#include <string_view>

#include "lint/loopback.h"
#include "lint/rule.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

class InsecureEndpoint final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"insecure-endpoint", "an `http://` endpoint to a non-loopback host that is sent an API key", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::Url || !f.sends_key) continue;
      std::optional<url_util::UrlValue> v = url_util::url_value(f, ctx.env());
      if (!v) continue;
      std::string_view s = v->text;
      while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
      url_util::UrlParts p = url_util::split_url(s);
      if (p.scheme != "http" || p.host.empty()) continue;
      const HostScope scope = host_scope(p.host);
      if (scope == HostScope::Loopback) continue;
      const bool inside = scope == HostScope::Private;
      const std::string label = field_util::label(f);
      std::string msg;
      if (!v->var.empty())
        msg = label + " (the value of " + field_util::env_ref_text(v->var, f.env_syntax) + ") is a plain http:// URL to " +
              (inside ? "a private or cluster-local host" : "a host that is not loopback");
      else if (f.node->text.find("${") != std::string::npos)
        msg = label + " \"" + f.node->text + "\" is a plain http:// URL to " +
              (inside ? "a private or cluster-local host" : "a host that is not loopback");
      else
        msg = label + " \"" + f.node->text + "\" is a plain http:// URL to \"" + p.host + "\"" +
              (inside ? ", a private or cluster-local host" : "");
      static constexpr std::string_view kVerify = "; `azlint verify` will not send a key there without `--allow-insecure`";
      // One finding per cause: entries sharing the URL (or its variable) are notes of the first.
      const std::string cause = v->var.empty() ? "=" + std::string(s) : "$" + v->var;
      if (!inside) {
        if (std::optional<Report> r = ctx.report_once(
                cause, *f.node,
                msg + "; the API key is sent with every request in clear text, readable by anyone on the network path" +
                    std::string(kVerify),
                "the same URL here too"))
          r->help("use https:// so the key travels encrypted");
        continue;
      }
      std::optional<Report> r = ctx.report_once(
          cause, *f.node,
          msg + ": the API key is sent in clear text, readable by anything on that network (usual for an in-cluster or "
                "Compose service, a risk if the network is shared)" + std::string(kVerify),
          "the same URL here too");
      if (r)
        r->severity(Severity::Warning)
          .help("use https:// if the network is shared; for a service only this cluster reaches, suppress it with "
                "`# azlint: disable-next-line=insecure-endpoint -- in-cluster service`");
    }
  }
};

}  // namespace

const Rule& rule_insecure_endpoint() {
  static const InsecureEndpoint rule;
  return rule;
}

}  // namespace azlint
