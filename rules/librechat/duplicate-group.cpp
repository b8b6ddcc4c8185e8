// librechat/duplicate-group: two groups with the same `group` name.
#include <map>
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class DuplicateGroup final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/duplicate-group", "two groups with the same `group` name",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    std::map<std::string_view, const Node*> first;
    for (const librechat::Group& g : librechat::azure_view(ctx).groups) {
      if (!g.name || !g.name->is_string()) continue;
      auto [it, inserted] = first.emplace(g.group_name, g.name);
      if (inserted) continue;
      ctx.report(*g.name, "group \"" + std::string(g.group_name) + "\" is defined twice; first defined at " +
                              ctx.where(it->second->span.begin) +
                              " (LibreChat refuses to start: \"Duplicate group name detected\")")
          .help("rename one of the groups: group names must be unique")
          .note("first defined here", it->second->span);
    }
  }
};

}  // namespace

const Rule& rule_librechat_duplicate_group() {
  static const DuplicateGroup rule;
  return rule;
}

}  // namespace azlint
