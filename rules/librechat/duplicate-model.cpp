// librechat/duplicate-model: a model name defined in more than one group, or twice in one group.
#include <map>
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

struct FirstUse {
  const librechat::Group* group;
  const librechat::Model* model;
};

class DuplicateModel final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/duplicate-model",
                                    "a model name defined in more than one group, or twice in one group",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    std::map<std::string_view, FirstUse> first;
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      for (const librechat::Model& m : g.models) {
        auto [it, inserted] = first.emplace(m.name, FirstUse{&g, &m});
        if (inserted) continue;
        const FirstUse& f = it->second;
        const std::string name(m.name);
        const std::string at = ctx.where(f.model->key().span.begin);
        if (f.group == &g) {
          // The same key twice in one `models` mapping: a YAML duplicate key.
          ctx.report_key(m.value(), "model \"" + name + "\" is defined twice in group \"" +
                                        std::string(g.group_name) + "\"; first defined at " + at +
                                        " (js-yaml rejects the duplicated mapping key: LibreChat logs \"Config "
                                        "file YAML format is invalid\" and starts without this config)")
              .help("keep one definition; to serve a second deployment, give it its own key with the same "
                    "model name in it (e.g. `" + name + "-2:` with its own `deploymentName`)")
              .note("first defined here", f.model->key().span);
          continue;
        }
        ctx.report_key(m.value(), "model \"" + name + "\" is defined in group \"" + std::string(g.group_name) +
                                      "\" and already in group \"" + std::string(f.group->group_name) + "\" at " +
                                      at + " (LibreChat refuses to start: Duplicate model name detected: \"" + name +
                                      "\". Model names must be unique across groups.)")
            .help("model keys must be unique across groups: give this one a distinct key (e.g. `" + name + "-" +
                  std::string(g.group_name) + ":`) and keep the real deployment in its `deploymentName`")
            .note("first defined here, in group \"" + std::string(f.group->group_name) + "\"",
                  f.model->key().span);
      }
    }
  }
};

}  // namespace

const Rule& rule_librechat_duplicate_model() {
  static const DuplicateModel rule;
  return rule;
}

}  // namespace azlint
