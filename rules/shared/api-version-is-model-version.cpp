// api-version-is-model-version: an api-version that is really a model version
#include <string>

#include "lint/azure/api_versions.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

class ApiVersionIsModelVersion final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"api-version-is-model-version", "an api-version that is really a model version", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::ApiVersion) continue;
      std::optional<field_util::Value> v = field_util::resolved_value(f, ctx.env());
      if (!v || azure::is_released_api_version(v->text)) continue;
      std::string_view model = azure::model_of_model_version(v->text);
      if (model.empty()) continue;
      // One finding per cause: every entry with the same value (or variable) is a note of the first.
      std::optional<Report> r = ctx.report_once(
          field_util::cause(*v), *f.node,
          "api-version " + field_util::quoted(*v) + " is a model version of " + std::string(model) +
              ", not an api-version; Azure answers every request with 404 \"Resource not found\"",
          "the same api-version here too");
      if (r)
        r->help("use an api-version such as " + azure::latest_ga_quoted() + " or \"" +
                std::string(azure::newest_known_api_version()) +
                "\"; the model version is chosen on the Azure deployment, not in the config");
    }
  }
};

}  // namespace

const Rule& rule_api_version_is_model_version() {
  static const ApiVersionIsModelVersion rule;
  return rule;
}

}  // namespace azlint
