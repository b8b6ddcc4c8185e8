// url-format: a URL field that is not an absolute `http(s)://host…` URL
#include <cctype>
#include <string>

#include "lint/gateway.h"
#include "lint/rule.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

bool host_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_'; }

// What is wrong with a URL, or "" when it is an absolute http(s) URL.
// `reveal`: the text may be quoted (false when it came from the environment).
std::string problem(std::string_view s, std::string& suggestion, bool reveal) {
  const auto q = [&](const std::string& part) { return reveal ? " \"" + part + "\"" : std::string(); };
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  const std::string low = url_util::lower(s);
  if (s.find("://") == std::string_view::npos) {
    for (std::string_view scheme : {"https:", "http:"})
      if (low.rfind(scheme, 0) == 0) {
        suggestion = std::string(scheme) + "//" + std::string(s.substr(scheme.size() + (s.size() > scheme.size() && s[scheme.size()] == '/')));
        return "the scheme is not followed by `//`";
      }
    size_t slash = s.find('/');
    std::string_view first = s.substr(0, slash);
    if (!first.empty() && first.find('.') != std::string_view::npos && first.find(' ') == std::string_view::npos) {
      suggestion = "https://" + std::string(s);
      return "it has no scheme";
    }
    // `localhost:8000/v1`: a host and a port without the scheme.
    size_t colon = first.find(':');
    if (colon != std::string_view::npos && colon > 0 && colon + 1 < first.size() &&
        first.find_first_not_of("0123456789", colon + 1) == std::string_view::npos &&
        first.find(' ') == std::string_view::npos) {
      suggestion = "http://" + std::string(s);
      return "it has no scheme";
    }
    return "it has neither a scheme nor a host name";
  }
  url_util::UrlParts p = url_util::split_url(s);
  if (p.scheme != "http" && p.scheme != "https") {
    if (p.scheme.empty()) return "it has no scheme";
    if (p.scheme.size() >= 3 && p.scheme.size() <= 6 && p.scheme[0] == 'h')  // `htps`, `htttp`, `hhtps`
      suggestion = (p.scheme.find('s') != std::string::npos ? "https" : "http") + std::string(s.substr(s.find("://")));
    return "the scheme" + q(p.scheme) + " is not http or https";
  }
  if (s.find("://", s.find("://") + 3) != std::string_view::npos) return "the scheme is written twice";
  if (p.host.empty()) return "it has no host";
  bool ipv6 = s.find("://[") != std::string_view::npos;
  for (char c : p.host)
    if (!(ipv6 ? (std::isxdigit(static_cast<unsigned char>(c)) || c == ':' || c == '.') : host_char(c)))
      return "the host" + q(p.host) + " has characters a host name cannot have";
  if (p.host.front() == '.' || p.host.back() == '-' || p.host.find("..") != std::string::npos)
    return "the host" + q(p.host) + " is not a valid host name";
  if (s.find("://") + 3 < s.size() && s.find_first_of(" \t", s.find("://")) != std::string_view::npos)
    return "it contains spaces";
  if (!p.port.empty()) {
    bool ok = p.port.size() <= 5;
    for (char c : p.port) ok &= std::isdigit(static_cast<unsigned char>(c)) != 0;
    if (ok && std::stoi(p.port) > 65535) ok = false;
    if (!ok) return "the port" + q(p.port) + " is not a number between 1 and 65535";
  }
  return "";
}

class UrlFormat final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"url-format", "a URL field that is not an absolute `http(s)://host…` URL", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::Url) continue;
      std::optional<url_util::UrlValue> v = url_util::url_value(f, ctx.env());
      if (!v) continue;
      std::string suggestion;
      const bool reveal = f.node->text.find("${") == std::string::npos && v->var.empty();
      std::string why = problem(v->text, suggestion, reveal);
      if (why.empty()) continue;
      // Only placeholders were substituted: suggest on the text as written.
      if (v->var.empty() && !v->env_parts && !reveal) {
        suggestion.clear();
        problem(f.node->text, suggestion, false);
      }
      const std::string label = field_util::label(f);
      std::string what = !v->var.empty() ? label + " (the value of " + field_util::env_ref_text(v->var, f.env_syntax) + ")"
                                         : label + " \"" + f.node->text + "\"";
      const UrlEffect effect = doc.gateway->behaviour().bad_url(doc, *f.node, why);
      Report r = ctx.report(*f.node, what + " is not an absolute http(s) URL: " + why + effect.text);
      if (effect.lenient) r.severity(Severity::Warning);
      if (!suggestion.empty() && v->var.empty() && !v->env_parts)
        r.help("write the full URL: \"" + suggestion + "\"");
      else
        r.help("write an absolute URL that starts with https:// and a host name");
    }
  }
};

}  // namespace

const Rule& rule_url_format() {
  static const UrlFormat rule;
  return rule;
}

}  // namespace azlint
