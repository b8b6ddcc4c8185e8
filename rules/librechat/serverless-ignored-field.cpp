// librechat/serverless-ignored-field: `instanceName`, `deploymentName` or `version` on a serverless group.
#include <string>

#include "lint/fix/yaml_edits.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ServerlessIgnoredField final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/serverless-ignored-field",
                                    "`instanceName`, `deploymentName` or `version` on a serverless group (ignored)",
                                    Severity::Info, Fixability::Safe, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.serverless) continue;
      const std::string gname(g.group_name);
      const std::string why = ": LibreChat sends a serverless group's requests to its `baseURL` and never reads "
                              "instanceName, deploymentName or version there";
      for (const char* field : {"instanceName", "deploymentName", "version"}) {
        const Node* n = g.node->get(field);
        if (!n) continue;
        Report r = ctx.report_key(*n, "`" + std::string(field) + "` is ignored on serverless group \"" + gname + "\"" + why);
        r.help("remove `" + std::string(field) + "` (the model and api route are part of the serverless `baseURL`)");
        // Safe: LibreChat never reads the key there, so removing it changes nothing it does.
        if (std::optional<Edit> e = remove_member_line(ctx.source(), *n))
          r.fix("remove `" + std::string(field) + "`", {*e}, FixSafety::Safe);
      }
      for (const librechat::Model& m : g.models) {
        for (const Node* n : {m.own_deployment, m.own_version}) {
          if (!n) continue;
          const std::string field = n == m.own_deployment ? "deploymentName" : "version";
          Report r = ctx.report_key(*n, "`" + field + "` of model \"" + std::string(m.name) +
                                            "\" is ignored in serverless group \"" + gname + "\"" + why);
          r.help("write `" + std::string(m.name) + ": true` (a serverless model needs no settings)");
          // The model left without settings (`name:` alone) is librechat/model-false's, whose
          // fix writes `true`.
          if (std::optional<Edit> e = remove_member_line(ctx.source(), *n))
            r.fix("remove `" + field + "`", {*e}, FixSafety::Safe);
        }
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_serverless_ignored_field() {
  static const ServerlessIgnoredField rule;
  return rule;
}

}  // namespace azlint
