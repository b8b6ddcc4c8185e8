// librechat/deployment-name-format: a deployment name with characters that break the request URL
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

std::string describe(char c) {
  if (c == ' ') return "a space";
  if (c == '\t') return "a tab";
  if (std::isspace(static_cast<unsigned char>(c))) return "whitespace";
  return std::string("\"") + c + "\"";
}

// Azure deployment names are letters, digits, hyphens, underscores and periods (`gpt-4.1`,
// `gpt-4.1-mini` are real names). Anything else Azure refuses, and `/`, `?`, `#`, `&`, `%` and
// whitespace also break the request path LibreChat builds from the name.
bool allowed(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u < 0x80 && std::isalnum(u)) || c == '-' || c == '_' || c == '.';
}

bool breaks_url(char c) {
  return c == '/' || c == '?' || c == '#' || c == '&' || c == '%' || std::isspace(static_cast<unsigned char>(c));
}

class DeploymentNameFormat final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/deployment-name-format",
                                    "a deployment name with characters that break the request URL",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (g.serverless) continue;
      // A baseURL without ${DEPLOYMENT_NAME} never puts the deployment name in the URL.
      if (librechat::present_string(g.base_url) && g.base_url->text.find("${DEPLOYMENT_NAME}") == std::string::npos)
        continue;
      std::vector<const Node*> names{g.deployment_name};
      for (const librechat::Model& m : g.models) names.push_back(m.own_deployment);
      for (const Node* n : names) {
        if (!librechat::present_string(n)) continue;
        check_name(*n, ctx);
      }
    }
  }

 private:
  static void check_name(const Node& n, Context& ctx) {
    std::string value = n.text;
    std::string var;
    if (value.find("${") != std::string::npos) {
      auto name = whole_env_ref(value);
      const EnvEntry* e = name ? ctx.env().find(*name) : nullptr;
      if (!e || e->value.empty()) return;
      value = e->value;
      var = *name;
    }
    const bool hidden = !var.empty();
    const std::string subject =
        hidden ? "deploymentName (the value of ${" + var + "})" : "deploymentName \"" + value + "\"";
    for (char c : value) {
      if (allowed(c)) continue;
      const bool url = breaks_url(c);
      std::string msg = subject + " contains " +
                        (hidden ? std::string("a character other than letters, digits, \"-\", \"_\" and \".\"")
                                : static_cast<unsigned char>(c) >= 0x80 ? std::string("a non-ASCII character")
                                                                        : describe(c)) +
                        ", which Azure deployment names cannot have: LibreChat puts the name in the request path";
      if (!hidden) msg += " (…/openai/deployments/" + value + "/chat/completions)";
      msg += url || hidden ? " and the request fails" : " and Azure finds no such deployment (404 DeploymentNotFound)";
      ctx.report(n, std::move(msg))
          .help("copy the deployment name exactly as Azure lists it (Azure AI Foundry > Deployments): letters, "
                "digits, \"-\", \"_\" and \".\"");
      return;
    }
  }
};

}  // namespace

const Rule& rule_librechat_deployment_name_format() {
  static const DeploymentNameFormat rule;
  return rule;
}

}  // namespace azlint
