// librechat/missing-api-key: a group without `apiKey` (an empty string counts as missing).
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/misspelt_key.h"
#include "lint/rule.h"

namespace azlint {
namespace {

std::string label(const librechat::Group& g) {
  if (g.name && g.name->is_string() && !g.group_name.empty()) return "group \"" + std::string(g.group_name) + "\"";
  return "group #" + std::to_string(g.index + 1);
}

// A missing field is reported at the group's `group` value, else at the group mapping.
Report report_at_group(Context& ctx, const librechat::Group& g, std::string msg) {
  if (g.name && !g.name->span.empty()) return ctx.report(*g.name, std::move(msg));
  if (g.name) return ctx.report_key(*g.name, std::move(msg));
  return ctx.report(*g.node, std::move(msg));
}

class MissingApiKey final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/missing-api-key", "a group without `apiKey`", Severity::Error, Fixability::Unsafe,
                                    "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      const Node* key = g.api_key;
      if (!key) {
        Report r = report_at_group(ctx, g, label(g) + " has no `apiKey` (LibreChat's schema requires it and the server "
                                                      "refuses to start)");
        r.help("add `apiKey: \"${MY_AZURE_API_KEY}\"` and set that variable in the .env file");
        if (const Member* typo = misspelt_key(ctx.doc(), *g.node, "apiKey")) note_misspelt_key(r, ctx.doc(), *g.node, *typo, "apiKey");
      } else if (key->is_null()) {
        ctx.report_key(*key, "`apiKey` of " + label(g) + " has no value (LibreChat's schema rejects null and the "
                                                         "server refuses to start)")
            .help("set `apiKey: \"${MY_AZURE_API_KEY}\"` and define that variable in the .env file");
      } else if (key->is_string() && key->text.empty()) {
        ctx.report(*key, "`apiKey` of " + label(g) + " is an empty string, which counts as missing: requests to "
                                                     "Azure go out without a key and fail")
            .help("set `apiKey: \"${MY_AZURE_API_KEY}\"` and define that variable in the .env file");
      }
      // Other types (a number, a mapping) are the schema rule's findings.
    }
  }
};

}  // namespace

const Rule& rule_librechat_missing_api_key() {
  static const MissingApiKey rule;
  return rule;
}

}  // namespace azlint
