// api-version-unknown: an Azure api-version that is malformed or does not exist
#include <cctype>
#include <string>
#include <vector>

#include "lint/ascii.h"
#include "lint/azure/api_versions.h"
#include "lint/did_you_mean.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

// A released version (or keyword) the malformed value most likely meant, or "".
std::string suggestion(std::string_view text) {
  std::string t(text);
  std::string low = lower(t);
  for (std::string_view prefix : {"?api-version=", "api-version="})
    if (low.rfind(prefix, 0) == 0) {
      t = t.substr(prefix.size());
      low = low.substr(prefix.size());
    }
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.erase(0, 1), low.erase(0, 1);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back(), low.pop_back();
  for (char& c : t)
    if (c == '/') c = '-';
  if (azure::parse_api_version(t)) return t;
  if (azure::parse_api_version(low)) return low;
  // A date with a misspelt suffix: the released version of that date.
  if (t.size() > 10 && azure::parse_api_version(t.substr(0, 10))) {
    std::string base = t.substr(0, 10);
    if (azure::is_released_api_version(base + "-preview")) return base + "-preview";
    if (azure::is_released_api_version(base)) return base;
    return "";
  }
  if (t.size() >= 10 && t[4] == '-') return "";  // an impossible date: no good guess
  static const std::vector<std::string_view> kCandidates = {"preview", "latest", "v1"};
  return std::string(did_you_mean(t, kCandidates));
}

class ApiVersionUnknown final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"api-version-unknown", "an Azure api-version that is malformed or does not exist", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const Field& f : ctx.fields()) {
      if (f.role != FieldRole::ApiVersion) continue;
      std::optional<field_util::Value> v = field_util::resolved_value(f, ctx.env());
      if (!v || v->text.empty()) continue;
      const std::string& t = v->text;
      if (azure::is_released_api_version(t)) continue;
      // a model version (`2024-05-13`, `1106-Preview`) is api-version-is-model-version's finding
      if (!azure::model_of_model_version(t).empty()) continue;
      const std::string q = field_util::quoted(*v);
      // One finding per cause: every entry with the same value (or variable) is a note of the first.
      const std::string cause = field_util::cause(*v);
      static const std::string kSame = "the same api-version here too";
      std::optional<azure::ApiVersion> parsed = azure::parse_api_version(t);
      if (!parsed) {
        std::string fix = suggestion(t);
        // Only the letter case differs from a valid value: Azure documents lower case only.
        const bool case_only = !fix.empty() && lower(fix) == lower(t);
        std::string msg = "api-version " + q + " is malformed: " + azure::malformed_reason(t) +
                          (case_only ? "; Azure publishes its api-versions in lower case and may answer 404 \"Resource not found\""
                                     : "; Azure answers every request with 404 \"Resource not found\"");
        std::optional<Report> r = ctx.report_once(cause, *f.node, msg, kSame);
        if (!r) continue;
        if (case_only) r->severity(Severity::Warning);
        r->help(fix.empty() ? "write a released api-version such as " + azure::latest_ga_quoted() + " or \"" +
                                 std::string(azure::newest_known_api_version()) + "\""
                           : "did you mean \"" + fix + "\"?");
        continue;
      }
      if (!parsed->dated()) continue;  // `preview`, `latest`, `v1`
      std::optional<azure::ApiVersion> newest = azure::parse_api_version(azure::newest_known_api_version());
      if (azure::api_version_older(*parsed, *newest)) {
        std::string_view close = azure::closest_api_version(t);
        std::optional<Report> r = ctx.report_once(cause, *f.node, "api-version " + q +
                                           " is not a version Azure has released; requests with it fail with 404 "
                                           "\"Resource not found\"" +
                                           (close.empty() ? "" : "; did you mean \"" + std::string(close) + "\"?"),
                                  kSame);
        if (!r) continue;
        r->severity(Severity::Warning);
        r->help("use a released api-version such as " + azure::latest_ga_quoted() + " or \"" +
               std::string(azure::newest_known_api_version()) + "\"");
      } else {
        std::optional<Report> r = ctx.report_once(
            cause, *f.node,
            "api-version " + q + " is newer than the newest version azlint knows (\"" +
                std::string(azure::newest_known_api_version()) +
                "\"); if Azure has not released it, requests fail with 404 \"Resource not found\"",
            kSame);
        if (r)
          r->severity(Severity::Info)
            .help("check the version against Azure's api-version lifecycle page");
      }
    }
  }
};

}  // namespace

const Rule& rule_api_version_unknown() {
  static const ApiVersionUnknown rule;
  return rule;
}

}  // namespace azlint
