// librechat/groups-required: `azureOpenAI` without `groups`, or an empty list.
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class GroupsRequired final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/groups-required", "`azureOpenAI` without `groups`, or an empty list",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.endpoints) return;
    const Node* azure = view.endpoints->get("azureOpenAI");
    if (!azure) return;
    // `azureOpenAI:` with nothing under it.
    if (azure->is_null()) {
      ctx.report_key(*azure, "`azureOpenAI` is empty: it has no `groups` (LibreChat's schema requires a list of at "
                             "least one group and the server refuses to start)")
          .help("add `groups:` with at least one group, or remove `azureOpenAI`");
      return;
    }
    if (!azure->is_mapping()) return;  // a wrong type is the schema rule's finding
    const Node* groups = azure->get("groups");
    if (!groups) {
      ctx.report_key(*azure, "`azureOpenAI` has no `groups` (LibreChat's schema requires a list of at least one "
                             "group; the server refuses to start: \"endpoints.azureOpenAI.groups: Required\")")
          .help("add `groups:` with at least one group (group, apiKey, instanceName, models)");
      return;
    }
    if (groups->is_null()) {
      ctx.report_key(*groups, "`groups` is empty (LibreChat's schema requires at least one group and the server "
                              "refuses to start)")
          .help("add at least one group under `groups:`, or remove `azureOpenAI`");
      return;
    }
    if (groups->is_sequence() && groups->items().empty()) {
      ctx.report(*groups, "`groups` is an empty list (LibreChat's schema requires at least one group; the server "
                          "refuses to start: \"Array must contain at least 1 element(s)\")")
          .help("add at least one group under `groups:`, or remove `azureOpenAI`");
    }
  }
};

}  // namespace

const Rule& rule_librechat_groups_required() {
  static const GroupsRequired rule;
  return rule;
}

}  // namespace azlint
