// librechat/serverless-ignored-field: `instanceName`, `deploymentName` or `version` on a serverless group.
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ServerlessIgnoredField final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/serverless-ignored-field",
                                    "`instanceName`, `deploymentName` or `version` on a serverless group (ignored)",
                                    Severity::Info, false, "librechat"};
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
        ctx.report_key(*n, "`" + std::string(field) + "` is ignored on serverless group \"" + gname + "\"" + why)
            .help("remove `" + std::string(field) + "` (the model and api route are part of the serverless "
                  "`baseURL`)");
      }
      for (const librechat::Model& m : g.models) {
        for (const Node* n : {m.own_deployment, m.own_version}) {
          if (!n) continue;
          const std::string field = n == m.own_deployment ? "deploymentName" : "version";
          ctx.report_key(*n, "`" + field + "` of model \"" + std::string(m.name) +
                                 "\" is ignored in serverless group \"" + gname + "\"" + why)
              .help("write `" + std::string(m.name) + ": true` (a serverless model needs no settings)");
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
