// openclaw/duplicate-model-id: two models with the same `id` in one provider
#include <map>
#include <string>

#include "lint/rule.h"
#include "lint/openclaw/view.h"

namespace azlint {
namespace {

class DuplicateModelId final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"openclaw/duplicate-model-id", "two models with the same `id` in one provider", Severity::Error, false, "openclaw"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    const openclaw::View& view = openclaw::view_of(ctx);
    for (const openclaw::Provider& p : view.providers) {
      std::map<std::string_view, const Node*> first;
      for (const openclaw::Model& m : p.models) {
        if (!m.id) continue;
        auto [it, inserted] = first.emplace(m.id->text, m.id);
        if (inserted) continue;
        ctx.report(*m.id, "model id \"" + m.id->text + "\" appears twice in provider \"" + std::string(p.id) +
                              "\"; first at " + ctx.where(it->second->span.begin) +
                              " (OpenClaw keeps one entry per id, so the name, limits and compat of the other are "
                              "silently ignored)")
            .help("remove one of the two entries, or merge their settings into one")
            .note("first defined here", it->second->span);
      }
    }
  }
};

}  // namespace

const Rule& rule_openclaw_duplicate_model_id() {
  static const DuplicateModelId rule;
  return rule;
}

}  // namespace azlint
