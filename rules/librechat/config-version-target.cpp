// librechat/config-version-target: the config's `version:` is older than the CONFIG_VERSION of
// the release it is checked against.
#include <string>

#include <fmt/format.h>

#include "lint/releases.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// "1.2.1", "1.3.17": dot-separated numbers, nothing else (a `${…}` or "latest" is not compared).
bool dotted_numbers(std::string_view v) {
  if (v.empty() || v.front() == '.' || v.back() == '.') return false;
  for (size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '.' ? v[i + 1] == '.' : (c < '0' || c > '9')) return false;
  }
  return true;
}

class ConfigVersionTarget final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{
        "librechat/config-version-target",
        "the config's `version:` is older than the CONFIG_VERSION of the release it is checked against",
        Severity::Warning,
        false,
        "librechat",
        {"librechat", "", "the CONFIG_VERSION compared with: 1.2.1 in 0.7.6998 … 1.3.17 in 0.8.524 (`azlint targets`)"}};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const Release* release = doc.release;
    const Node* version = doc.root.get("version");
    if (!release || release->config_version.empty() || !version || !version->is_string()) return;
    // A missing or mistyped `version` is the schema's; only a plain version number is compared.
    const Text& v = version->text;
    if (!dotted_numbers(v) || compare_versions(v, release->config_version) >= 0) return;
    // LibreChat's start-up check (packages/api/src/app/checks.ts `checkConfig`; api/server/services/
    // start/checks.js before): `config.version !== Constants.CONFIG_VERSION` logs "Outdated Config
    // version" at info level, and the start goes on.
    Report r = ctx.report(*version, fmt::format("version \"{}\" is older than {}, the CONFIG_VERSION of {} (the release "
                                                "checked against): LibreChat starts and logs \"Outdated Config version: "
                                                "{}\"; the file was written for an older config format",
                                                v, release->config_version,
                                                std::string(release->package) + " " + std::string(release->version), v));
    // A bundled release whose CONFIG_VERSION is the file's: perhaps the one the file is run with.
    std::string same;
    for (const Release& other : doc.gateway->releases())
      if (other.config_version == v) same = other.version;
    if (!same.empty())
      r.help(fmt::format("if LibreChat runs librechat-data-provider {0}, check against it (--target {1}@{0}, or "
                         "`targets: {{{1}: \"{0}\"}}` in .azlint.yaml); otherwise review LibreChat's config changelog "
                         "(https://www.librechat.ai/changelog) and set version: \"{2}\"",
                         same, doc.gateway->id(), release->config_version));
    else
      r.help(fmt::format("review LibreChat's config changelog (https://www.librechat.ai/changelog) for what changed "
                         "since {} and set version: \"{}\"; or check against the release LibreChat runs (azlint targets)",
                         v, release->config_version));
  }
};

}  // namespace

const Rule& rule_librechat_config_version_target() {
  static const ConfigVersionTarget rule;
  return rule;
}

}  // namespace azlint
