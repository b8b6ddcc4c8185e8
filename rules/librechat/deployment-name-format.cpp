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

bool breaks_url(char c) {
  return c == '/' || c == '?' || c == '#' || c == '&' || std::isspace(static_cast<unsigned char>(c));
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
      if (!breaks_url(c)) continue;
      std::string msg = subject + " contains " + (hidden ? "a character (/, ?, #, & or whitespace)" : describe(c)) +
                        ", which Azure deployment names cannot have: LibreChat puts the name in the request path";
      if (!hidden) msg += " (…/openai/deployments/" + value + "/chat/completions)";
      msg += " and the request fails";
      ctx.report(n, std::move(msg))
          .help("copy the deployment name exactly as Azure lists it (Azure AI Foundry > Deployments)");
      return;
    }
    if (value.find('.') == std::string::npos) return;
    ctx.report(n, subject + " contains a period: this works only if the Azure deployment was really created "
                            "with the period (Azure names such as gpt-4.1 exist, but many deployments drop it, "
                            "e.g. gpt-35-turbo, and LibreChat's legacy docs say periods are removed)")
        .severity(Severity::Warning)
        .help("check the name under Azure AI Foundry > Deployments and copy it exactly");
  }
};

}  // namespace

const Rule& rule_librechat_deployment_name_format() {
  static const DeploymentNameFormat rule;
  return rule;
}

}  // namespace azlint
