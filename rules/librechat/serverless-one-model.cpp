// librechat/serverless-one-model: a serverless group with more than one model.
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class ServerlessOneModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/serverless-one-model", "a serverless group with more than one model",
                                    Severity::Warning, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.serverless || g.models.size() < 2) continue;
      const librechat::Model& first = g.models.front();
      const std::string gname(g.group_name);
      for (size_t i = 1; i < g.models.size(); ++i) {
        const librechat::Model& m = g.models[i];
        ctx.report_key(m.value(), "serverless group \"" + gname + "\" has more than one model: \"" +
                                      std::string(m.name) + "\" goes to the same `baseURL` as \"" +
                                      std::string(first.name) +
                                      "\", and a serverless endpoint serves the one model it was deployed with")
            .help("move \"" + std::string(m.name) + "\" to its own serverless group with its own `baseURL` and "
                  "`apiKey`")
            .note("the group's first model", first.key().span);
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_serverless_one_model() {
  static const ServerlessOneModel rule;
  return rule;
}

}  // namespace azlint
