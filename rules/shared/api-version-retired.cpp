// api-version-retired: an api-version Azure has retired
#include <string>

#include "lint/azure/api_versions.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

class ApiVersionRetired final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"api-version-retired", "an api-version Azure has retired", Severity::Warning, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::ApiVersion) continue;
      std::optional<field_util::Value> v = field_util::resolved_value(f, ctx.env());
      if (!v || !azure::is_retired_api_version(v->text)) continue;
      // One finding per cause: every entry with the same value (or variable) is a note of the first.
      std::optional<Report> r =
          ctx.report_once(field_util::cause(*v), *f.node,
                          "api-version " + field_util::quoted(*v) +
                              " has been retired by Azure; requests with it fail with 404 \"Resource not found\"",
                          "the same api-version here too");
      if (r)
        r->help("use " + azure::latest_ga_quoted() + " or a current preview such as \"" +
                std::string(azure::newest_known_api_version()) + "\"");
    }
  }
};

}  // namespace

const Rule& rule_api_version_retired() {
  static const ApiVersionRetired rule;
  return rule;
}

}  // namespace azlint
