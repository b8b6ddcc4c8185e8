// librechat/placeholder-misuse: `${INSTANCE_NAME}` / `${DEPLOYMENT_NAME}` outside `baseURL`, or
// INSTANCE_NAME / DEPLOYMENT_NAME defined as real environment variables.
#include <optional>
#include <set>
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/librechat/base_url.h"
#include "lint/rule.h"

namespace azlint {
namespace {

using librechat::trim;

bool is_placeholder(std::string_view name) { return name == "INSTANCE_NAME" || name == "DEPLOYMENT_NAME"; }

std::string env_where(const EnvEntry& e) { return e.file + ":" + std::to_string(e.line); }

class PlaceholderMisuse final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/placeholder-misuse",
                                    "`${INSTANCE_NAME}` / `${DEPLOYMENT_NAME}` used outside `baseURL`, or "
                                    "defined as real env vars",
                                    Severity::Warning, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    // 1. The placeholders in the fields LibreChat resolves environment references in, other
    //    than a (non-serverless) group's baseURL.
    std::vector<const Node*> base_urls;  // where the placeholders belong
    for (const librechat::Group& g : view.groups) {
      if (g.base_url && g.base_url->is_string() && !g.serverless) base_urls.push_back(g.base_url);
      check_value(ctx, g.api_key, "apiKey", true);
      if (const Node* headers = g.node->get("additionalHeaders"); headers && headers->is_mapping())
        for (const Member& h : headers->members())
          check_value(ctx, &h.value, "additionalHeaders." + h.key.text, false);
      if (g.serverless) continue;  // the rest is not read (librechat/serverless-ignored-field)
      check_value(ctx, g.instance_name, "instanceName", true);
      check_value(ctx, g.deployment_name, "deploymentName", true);
      check_value(ctx, g.version, "version", true);
      for (const librechat::Model& m : g.models) {
        const std::string prefix = "models." + std::string(m.name) + ".";
        check_value(ctx, m.own_deployment, prefix + "deploymentName", true);
        check_value(ctx, m.own_version, prefix + "version", true);
      }
    }
    // 2. INSTANCE_NAME / DEPLOYMENT_NAME defined in an env file.
    std::set<std::string> seen;
    for (const EnvEntry& e : ctx.env().file_entries()) {
      if (!is_placeholder(e.name) || e.value.empty() || !seen.insert(e.name).second) continue;
      const std::string warn = " (LibreChat also warns at start: The `" + e.name +
                               "` environment variable should not be used in combination with the `azureOpenAI` "
                               "endpoint configuration)";
      bool reported = false;
      for (const Node* bu : base_urls) {
        for (const EnvRef& r : find_env_refs(bu->text)) {
          if (r.name != e.name || reported) continue;
          reported = true;
          ctx.report_span(text_span(ctx.source(), *bu, r.begin, r.end), bu->pointer(),
                          e.name + " is defined as an environment variable in " + env_where(e) +
                              ": LibreChat substitutes environment variables into `baseURL` before it fills in the "
                              "placeholder, so ${" + e.name + "} in this baseURL becomes the variable's value "
                              "instead of the " +
                              (e.name == "INSTANCE_NAME" ? "group's instanceName" : "model's deploymentName") + warn)
              .help("remove " + e.name + " from " + e.file + " (or rename it): the placeholder needs no variable");
        }
      }
      if (!reported) {
        ctx.report_span(Span{0, 0}, "",
                        e.name + " is defined as an environment variable in " + env_where(e) + ", a name LibreChat "
                        "reserves for the `baseURL` placeholder ${" + e.name + "}" + warn)
            .help("remove " + e.name + " from " + e.file + " (or rename it): the placeholder needs no variable");
      }
    }
  }

 private:
  // `checked`: LibreChat resolves a reference that is the whole value and refuses to start when
  // it is unset (apiKey, instanceName, deploymentName, version).
  static void check_value(Context& ctx, const Node* node, const std::string& field, bool checked) {
    if (!node || !node->is_string()) return;
    const Node& n = *node;
    // Exactly one reference and nothing else (what LibreChat resolves, and fails on when unset).
    const std::optional<std::string> whole_name = checked ? whole_env_ref(trim(n.text)) : std::nullopt;
    for (const EnvRef& r : find_env_refs(n.text)) {
      if (!is_placeholder(r.name)) continue;
      const EnvEntry* e = ctx.env().find(r.name);
      const bool set = ctx.env().is_set(r.name);
      std::string msg = "${" + r.name + "} in `" + field + "` is not a placeholder: LibreChat fills it in only in "
                        "`baseURL`, and here looks " + r.name + " up as an environment variable";
      if (set) {
        msg += " and uses the value set in " +
               (e && !e->file.empty() ? env_where(*e) : std::string("the environment")) +
               " (LibreChat reserves the name for the placeholder and warns at start against defining it)";
      } else if (whole_name && *whole_name == r.name) {
        msg += ", which is not set (LibreChat refuses to start: Azure configuration environment variable \"${" +
               r.name + "}\" was not found.)";
      } else {
        msg += ", which is not set, so the text \"${" + r.name + "}\" stays in the value as written";
      }
      ctx.report_span(text_span(ctx.source(), n, r.begin, r.end), n.pointer(), msg)
          .help(r.name == "DEPLOYMENT_NAME"
                    ? "write the deployment name itself here (or use ${DEPLOYMENT_NAME} in the group's `baseURL`)"
                    : "write the Azure resource name itself here (or use ${INSTANCE_NAME} in the group's "
                      "`baseURL`)");
    }
  }
};

}  // namespace

const Rule& rule_librechat_placeholder_misuse() {
  static const PlaceholderMisuse rule;
  return rule;
}

}  // namespace azlint
