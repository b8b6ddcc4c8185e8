// api-version-too-old: an api-version older than a feature in use needs
#include <string>
#include <vector>

#include "lint/azure/api_versions.h"
#include "lint/azure/models.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

struct Need {
  std::string_view min;  // the oldest api-version that has the feature
  std::string what;      // "reasoning model \"o3-mini\""
  std::string error;     // what Azure answers
};

class ApiVersionTooOld final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"api-version-too-old", "an api-version older than a feature in use needs", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::ApiVersion) continue;
      std::optional<field_util::Value> v = field_util::resolved_value(f, ctx.env());
      if (!v) continue;
      std::optional<azure::ApiVersion> have = azure::parse_api_version(v->text);
      if (!have || !have->dated()) continue;

      std::vector<Need> needs;
      for (std::string_view m : f.models) {
        if (!azure::is_reasoning_model(m)) continue;
        needs.push_back({azure::kMinReasoning, "reasoning model \"" + std::string(m) + "\"",
                         "400 \"Model " + std::string(m) + " is enabled only for api versions " +
                             std::string(azure::kMinReasoning) + " and later\""});
        break;
      }
      if (f.for_assistants)
        needs.push_back({azure::kMinAssistants, "the group's assistants (`assistants: true`)",
                         "404 \"Resource not found\" on the assistants routes"});
      if (f.for_max_completion_tokens)
        needs.push_back({azure::kMinMaxCompletionTokens, "`max_completion_tokens` in the group's addParams",
                         "400 \"Unrecognized request argument supplied: max_completion_tokens\""});

      // Report the most demanding unmet need; mention the others.
      const Need* worst = nullptr;
      std::vector<const Need*> unmet;
      for (const Need& n : needs) {
        if (!azure::api_version_older(*have, *azure::parse_api_version(n.min))) continue;
        unmet.push_back(&n);
        if (!worst || azure::api_version_older(*azure::parse_api_version(worst->min), *azure::parse_api_version(n.min)))
          worst = &n;
      }
      if (!worst) continue;
      std::string msg = "api-version " + field_util::quoted(*v) + " is older than \"" + std::string(worst->min) +
                        "\", which " + worst->what + " needs; Azure answers " + worst->error;
      for (const Need* n : unmet)
        if (n != worst) msg += " (" + n->what + " also needs \"" + std::string(n->min) + "\" or later)";
      // Entries sharing the version (the same text, or the same variable) and the need are one mistake.
      const std::string cause = field_util::cause(*v) + "|" + msg;
      if (std::optional<Report> r = ctx.report_once(cause, *f.node, msg, "the same api-version, for " + worst->what + ", here too"))
        r->help("use api-version \"" + std::string(worst->min) + "\" or later (e.g. \"" +
                std::string(azure::newest_known_api_version()) + "\")");
    }
  }
};

}  // namespace

const Rule& rule_api_version_too_old() {
  static const ApiVersionTooOld rule;
  return rule;
}

}  // namespace azlint
