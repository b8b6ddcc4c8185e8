// librechat/assistants-no-group: endpoint `assistants: true` but no group has `assistants: true`
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class AssistantsNoGroup final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/assistants-no-group",
                                    "endpoint `assistants: true` but no group has `assistants: true`",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present() || view.groups.empty()) return;
    const Node* assistants = view.azure->get("assistants");
    if (!assistants || !assistants->is_true()) return;
    for (const librechat::Group& g : view.groups)
      if (g.is_assistants()) return;

    Report r = ctx.report_key(*assistants,
                              "`assistants: true` is set on the Azure endpoint but no group has `assistants: true`: "
                              "LibreChat refuses to start (\"No Azure models are configured to support assistants\")");
    bool model_level = false;
    for (const librechat::Group& g : view.groups) {
      for (const librechat::Model& m : g.models) {
        const Node* a = m.value().is_mapping() ? m.value().get("assistants") : nullptr;
        if (!a || !a->is_true()) continue;
        model_level = true;
        r.note("`assistants: true` on model \"" + std::string(m.name) + "\" does not count: LibreChat only "
               "reads the group's `assistants`", a->key_or_value_span());
      }
    }
    r.help(model_level ? "move `assistants: true` from the model up to its group (next to `models:`)"
                       : "add `assistants: true` to the group (or groups) whose region and api-version support "
                         "Azure Assistants, or remove `assistants: true` from the endpoint");
  }
};

}  // namespace

const Rule& rule_librechat_assistants_no_group() {
  static const AssistantsNoGroup rule;
  return rule;
}

}  // namespace azlint
