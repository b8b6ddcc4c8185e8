// librechat/missing-instance-name: a non-serverless group without `instanceName`.
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

Report report_at_group(Context& ctx, const librechat::Group& g, std::string msg) {
  if (g.name && !g.name->span.empty()) return ctx.report(*g.name, std::move(msg));
  if (g.name) return ctx.report_key(*g.name, std::move(msg));
  return ctx.report(*g.node, std::move(msg));
}

class MissingInstanceName final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/missing-instance-name",
                                    "a non-serverless group without `instanceName`", Severity::Error, Fixability::Unsafe,
                                    "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (g.serverless) continue;
      const Node* serverless = g.node->get("serverless");
      if (serverless && !serverless->is_bool() && !serverless->is_null()) continue;  // schema's finding
      const Node* inst = g.instance_name;
      if (inst && !inst->is_null() && !(inst->is_string() && inst->text.empty())) continue;
      // What LibreChat prints (it checks `!instanceName`, so "" fails the same way).
      const std::string name = g.group_name.empty() ? std::string() : std::string(g.group_name);
      std::string start = name.empty() ? std::string(" (LibreChat refuses to start)")
                                       : " (LibreChat refuses to start: Group \"" + name +
                                             "\" is missing an \"instanceName\" for non-serverless configuration.)";
      std::string why = g.base_url ? ", which is required even with a `baseURL`" : "";
      std::string help = "add `instanceName:` with the Azure resource name (the `NAME` in "
                         "https://NAME.openai.azure.com), or set `serverless: true` for a serverless endpoint";
      if (!inst) {
        Report r = report_at_group(ctx, g, label(g) + " has no `instanceName`" + why + start);
        r.help(help);
        if (const Member* typo = misspelt_key(ctx.doc(), *g.node, "instanceName"))
          note_misspelt_key(r, ctx.doc(), *g.node, *typo, "instanceName");
      } else if (inst->is_null()) {
        ctx.report_key(*inst, "`instanceName` of " + label(g) + " has no value" + why + start).help(help);
      } else {
        ctx.report(*inst, "`instanceName` of " + label(g) + " is an empty string, which counts as missing" + why +
                              start)
            .help(help);
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_missing_instance_name() {
  static const MissingInstanceName rule;
  return rule;
}

}  // namespace azlint
