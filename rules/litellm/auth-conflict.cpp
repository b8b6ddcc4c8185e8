// litellm/auth-conflict: `api_key` together with Entra ID credentials (the key wins silently)
#include <string>

#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// Entra ID settings LiteLLM ignores once a deployment has an api_key.
constexpr std::string_view kEntra[] = {"azure_ad_token", "tenant_id", "client_id", "client_secret", "azure_username",
                                       "azure_password"};

class AuthConflict final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/auth-conflict", "`api_key` together with `azure_ad_token` or `tenant_id`/`client_id`/`client_secret` (the key wins silently)", Severity::Warning, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const Env& env = ctx.env();
    for (const litellm::Deployment& d : litellm::view_of(ctx).deployments) {
      if (!d.is_azure()) continue;
      const Node* key = d.param("api_key");
      if (!litellm::present(key, env)) continue;
      std::vector<const Node*> entra;
      std::string names;
      for (std::string_view k : kEntra) {
        const Node* n = d.param(k);
        if (!litellm::present(n, env)) continue;
        entra.push_back(n);
        names += (names.empty() ? "" : ", ") + std::string(k);
      }
      if (entra.empty()) continue;
      Report r = ctx.report_key(*key, d.label() + " sets both api_key and Entra ID credentials (" + names +
                                          "); the LiteLLM proxy uses the api_key and ignores the Entra ID settings "
                                          "without a warning");
      r.help("remove api_key to authenticate with Entra ID, or remove the Entra ID settings to use the key");
      for (const Node* n : entra) r.note("ignored while api_key is set", n->key_or_value_span());
    }
  }
};

}  // namespace

const Rule& rule_litellm_auth_conflict() {
  static const AuthConflict rule;
  return rule;
}

}  // namespace azlint
