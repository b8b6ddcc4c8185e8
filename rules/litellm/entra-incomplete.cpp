// litellm/entra-incomplete: `tenant_id`, `client_id`, `client_secret` not all present (unless the env supplies them)
#include <string>

#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

struct Part {
  std::string_view key;
  std::string_view env;  // the variable recent LiteLLM releases fall back to
};

constexpr Part kServicePrincipal[] = {{"tenant_id", "AZURE_TENANT_ID"}, {"client_id", "AZURE_CLIENT_ID"}, {"client_secret", "AZURE_CLIENT_SECRET"}};
constexpr Part kUserPassword[] = {{"client_id", "AZURE_CLIENT_ID"}, {"azure_username", "AZURE_USERNAME"}, {"azure_password", "AZURE_PASSWORD"}};

// Written with a value (a reference to an unset variable is env-var-missing's finding).
bool written(const Node* n) { return n && !n->is_null() && !(n->is_string() && n->text.empty()); }

class EntraIncomplete final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/entra-incomplete", "`tenant_id`, `client_id`, `client_secret` not all present (unless the env supplies them)", Severity::Error, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const litellm::View& view = litellm::view_of(ctx);
    // With the token refresh on, LiteLLM falls back to DefaultAzureCredential: nothing fails.
    if (const Node* r = view.setting("enable_azure_ad_token_refresh"); r && r->is_true()) return;
    const Env& env = ctx.env();
    for (const litellm::Deployment& d : view.deployments) {
      if (!d.is_azure() || litellm::present(d.param("api_key"), env)) continue;  // the key wins
      const bool sp = written(d.param("tenant_id")) || written(d.param("client_secret"));
      const bool up = written(d.param("azure_username")) || written(d.param("azure_password"));
      if (sp) check_flow(ctx, d, kServicePrincipal, true);
      else if (up) check_flow(ctx, d, kUserPassword, false);
      else if (written(d.param("client_id")) && !(has(d, kServicePrincipal[0], env) && has(d, kServicePrincipal[2], env)))
        ctx.report_key(*d.param("client_id"),
                       d.label() + " sets client_id without tenant_id and client_secret (or azure_username and "
                       "azure_password), and AZURE_TENANT_ID / AZURE_CLIENT_SECRET are not set; LiteLLM uses client_id "
                       "only with them, so this deployment has no Entra ID credential and requests fail (401)")
            .help("add `tenant_id: os.environ/AZURE_TENANT_ID` and `client_secret: os.environ/AZURE_CLIENT_SECRET`");
    }
  }

 private:
  static bool has(const litellm::Deployment& d, const Part& p, const Env& env) {
    return written(d.param(p.key)) || env.is_set(p.env);
  }

  template <size_t N>
  static void check_flow(Context& ctx, const litellm::Deployment& d, const Part (&parts)[N], bool service_principal) {
    std::string present, missing, vars;
    const Node* first = nullptr;
    const Part* first_missing = nullptr;
    for (const Part& p : parts) {
      if (written(d.param(p.key))) {
        present += (present.empty() ? "" : " and ") + std::string(p.key);
        if (!first) first = d.param(p.key);
      } else if (!ctx.env().is_set(p.env)) {
        missing += (missing.empty() ? "" : " and ") + std::string(p.key);
        vars += (vars.empty() ? "" : ", ") + std::string(p.env);
        if (!first_missing) first_missing = &p;
      }
    }
    if (!first_missing || !first) return;
    ctx.report_key(*first, d.label() + " sets " + present + " but not " + missing + " (and " + vars +
                               (vars.find(',') == std::string::npos ? " is" : " are") + " not set); LiteLLM cannot build "
                               "the " + (service_principal ? "service-principal credential (\"tenant_id, client_id, and "
                                                             "client_secret must be provided\")"
                                                           : "username/password credential") +
                               " and requests through this deployment fail")
        .help("add " + missing + " (e.g. `" + std::string(first_missing->key) + ": os.environ/" +
              std::string(first_missing->env) + "`), or remove the partial Entra ID settings");
  }
};

}  // namespace

const Rule& rule_litellm_entra_incomplete() {
  static const EntraIncomplete rule;
  return rule;
}

}  // namespace azlint
