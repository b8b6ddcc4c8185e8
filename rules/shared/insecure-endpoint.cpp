// insecure-endpoint: an `http://` endpoint to a non-loopback host that is sent an API key
#include <string>

#include "lint/loopback.h"
#include "lint/rule.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Traffic that never leaves the machine or the container network: loopback, and the names
// Docker Compose / Kubernetes give services (`http://litellm:4000`, `host.docker.internal`).
bool local_host(const std::string& h) {
  if (is_loopback_address(h) || ends_with(h, ".localhost")) return true;  // 127.attacker.example.com is not
  if (h.find('.') == std::string::npos && h.find(':') == std::string::npos) return true;  // a single-label service name
  return ends_with(h, ".internal") || ends_with(h, ".local");
}

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
      if (p.scheme != "http" || p.host.empty() || local_host(p.host)) continue;
      const std::string label = field_util::label(f);
      std::string msg;
      if (!v->var.empty())
        msg = label + " (the value of " + field_util::env_ref_text(v->var, f.env_syntax) +
              ") is a plain http:// URL to a host that is not loopback";
      else if (f.node->text.find("${") != std::string::npos)
        msg = label + " \"" + f.node->text + "\" is a plain http:// URL to a host that is not loopback";
      else
        msg = label + " \"" + f.node->text + "\" is a plain http:// URL to \"" + p.host + "\"";
      ctx.report(*f.node, msg + "; the API key is sent with every request in clear text, readable by anyone on the network path")
          .help("use https:// so the key travels encrypted");
    }
  }
};

}  // namespace

const Rule& rule_insecure_endpoint() {
  static const InsecureEndpoint rule;
  return rule;
}

}  // namespace azlint
