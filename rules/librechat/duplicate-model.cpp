// librechat/duplicate-model: a model name defined in more than one group, or twice in one group.
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

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
    // Every model in document order; each name's first use found by sorting indexes by name
    // (stable: document order within a name) — no map node per model in a large config.
    const std::vector<librechat::Group>& groups = librechat::azure_view(ctx).groups;
    size_t models = 0;
    for (const librechat::Group& g : groups) models += g.models.size();
    std::vector<FirstUse> uses;
    uses.reserve(models);
    for (const librechat::Group& g : groups)
      for (const librechat::Model& m : g.models) uses.push_back({&g, &m});
    std::vector<uint32_t> by_name(uses.size());
    std::iota(by_name.begin(), by_name.end(), 0u);
    std::stable_sort(by_name.begin(), by_name.end(),
                     [&](uint32_t a, uint32_t b) { return uses[a].model->name < uses[b].model->name; });
    std::vector<uint32_t> first(uses.size());
    for (size_t k = 0; k < by_name.size(); ++k)
      first[by_name[k]] = k > 0 && uses[by_name[k]].model->name == uses[by_name[k - 1]].model->name
                              ? first[by_name[k - 1]]
                              : by_name[k];
    for (size_t i = 0; i < uses.size(); ++i) {
      if (first[i] == i) continue;
      const librechat::Group& g = *uses[i].group;
      const librechat::Model& m = *uses[i].model;
      const FirstUse& f = uses[first[i]];
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
};

}  // namespace

const Rule& rule_librechat_duplicate_model() {
  static const DuplicateModel rule;
  return rule;
}

}  // namespace azlint
