// librechat/env-ref-concatenated: a checked field whose whole value is two or more references
// (`${A}${B}`): LibreChat reads it as one variable named `A}${B`.
#include <optional>
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/librechat/base_url.h"
#include "lint/rule.h"

namespace azlint {
namespace {

using librechat::trim;

// The value with the text between references shortened to "…" when longer than a separator,
// so that a key pasted next to a reference is never printed.
std::string redacted(std::string_view t) {
  std::string out;
  uint32_t at = 0;
  auto gap = [&](uint32_t end) {
    if (end - at <= 3) out += std::string(t.substr(at, end - at));
    else out += "…";
  };
  for (const EnvRef& r : find_env_refs(t)) {
    gap(r.begin);
    out += std::string(t.substr(r.begin, r.end - r.begin));
    at = r.end;
  }
  gap(static_cast<uint32_t>(t.size()));
  return out;
}

class EnvRefConcatenated final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/env-ref-concatenated",
                                    "a checked field whose whole value is two or more env references (`${A}${B}`)",
                                    Severity::Error, false, "librechat",
                                    // Checked in every bundled data-provider (0.7.6998 … 0.8.524):
                                    // `extractEnvVariable` tries `envVarRegex` (/^\${(.+)}$/) on the whole value
                                    // first, so "${A}${B}" is looked up as "A}${B" and kept as written.
                                    {"librechat", ">=0.7.6998", ""}};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (g.models.empty()) continue;  // nothing is mapped, nothing is resolved
      const std::string where = " of group \"" + std::string(g.group_name) + "\"";
      check_field(ctx, g.api_key, "apiKey", where);
      check_field(ctx, g.base_url, "baseURL", where);
      if (g.serverless) continue;  // the rest is not read for serverless groups
      check_field(ctx, g.instance_name, "instanceName", where);
      bool inherit_dep = false, inherit_ver = false;
      for (const librechat::Model& m : g.models) {
        inherit_dep |= !librechat::present_string(m.own_deployment);
        inherit_ver |= !librechat::present_string(m.own_version);
        const std::string mwhere = " of model \"" + std::string(m.name) + "\" in group \"" +
                                   std::string(g.group_name) + "\"";
        check_field(ctx, m.own_deployment, "deploymentName", mwhere);
        check_field(ctx, m.own_version, "version", mwhere);
      }
      if (inherit_dep) check_field(ctx, g.deployment_name, "deploymentName", where);
      if (inherit_ver) check_field(ctx, g.version, "version", where);
    }
  }

 private:
  static void check_field(Context& ctx, const Node* n, const std::string& field, const std::string& where) {
    if (!n || !n->is_string()) return;
    const std::string_view t = trim(n->text);
    std::optional<std::string> name = whole_env_ref(t);
    if (!name || name->find('}') == std::string::npos) return;  // one reference, or none
    const std::vector<EnvRef> refs = find_env_refs(t);
    std::string names;
    for (size_t i = 0; i < refs.size(); ++i) names += (i ? (i + 1 == refs.size() ? " and " : ", ") : "") +
                                                      std::string("${") + refs[i].name + "}";
    const std::string value = field == "apiKey" ? redacted(t) : std::string(t);
    std::string shown = value;
    if (shown.size() > 2) shown = shown.substr(2, shown.size() - 3);  // the name LibreChat looks up
    std::string msg = "`" + field + "`" + where + " is \"" + value + "\": LibreChat only resolves a reference that "
                      "is the whole value, so it reads one variable named \"" + shown + "\"";
    std::string help;
    if (field == "baseURL") {
      msg += ", finds none and keeps the text as written: " + (refs.empty() ? std::string("the references") : names) +
             " are never substituted and requests go to an invalid URL";
      help = "write the URL out around a single reference (e.g. \"https://${INSTANCE_NAME}.openai.azure.com/...\"), "
             "or put the whole URL in one variable";
    } else {
      msg += ", which is never set" +
             (refs.size() >= 2 ? ", even when " + names + (refs.size() == 2 ? " are both set" : " are all set")
                               : std::string()) +
             " (LibreChat refuses to start: Azure configuration environment variable \"${" + shown +
             "}\" was not found.)";
      help = "put the whole value in one variable (`" + field + ": \"${MY_VAR}\"`), or write the value out";
    }
    ctx.report(*n, msg).help(help);
  }
};

}  // namespace

const Rule& rule_librechat_env_ref_concatenated() {
  static const EnvRefConcatenated rule;
  return rule;
}

}  // namespace azlint
