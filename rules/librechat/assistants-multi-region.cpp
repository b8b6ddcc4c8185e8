// librechat/assistants-multi-region: more than one group (Azure resource) with `assistants: true`
#include <cctype>
#include <string>

#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// What identifies the Azure resource a group talks to: its instanceName as written (or, failing
// that, its baseURL). Two groups on the same resource share their files.
std::string resource_of(const librechat::Group& g) {
  const Node* n = librechat::present_string(g.instance_name) ? g.instance_name
                  : librechat::present_string(g.base_url)    ? g.base_url
                                                             : nullptr;
  if (!n) return "group:" + std::string(g.group_name);
  std::string out = n->text;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class AssistantsMultiRegion final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/assistants-multi-region", "more than one group with `assistants: true`",
                                    Severity::Warning, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    // Group flags only matter when Assistants are enabled on the endpoint.
    const Node* endpoint = view.azure->get("assistants");
    if (!endpoint || !endpoint->is_true()) return;
    const librechat::Group* first = nullptr;
    std::string first_resource;
    for (const librechat::Group& g : view.groups) {
      if (!g.is_assistants()) continue;
      if (!first) {
        first = &g;
        first_resource = resource_of(g);
        continue;
      }
      if (resource_of(g) == first_resource) continue;  // same resource: same files
      const std::string name =
          g.group_name.empty() ? "#" + std::to_string(g.index + 1) : "\"" + std::string(g.group_name) + "\"";
      const std::string first_name = first->group_name.empty() ? "#" + std::to_string(first->index + 1)
                                                               : "\"" + std::string(first->group_name) + "\"";
      ctx.report_key(*g.assistants,
                     "group " + name + " also has `assistants: true`, on another Azure resource than group " +
                         first_name + " (first at " + ctx.where(first->assistants->key_or_value_span().begin) +
                         "): LibreChat lists the assistants of all these regions together, but files stay in the "
                         "region they were uploaded to, so assistants fail on files from another region")
          .help(
              "keep `assistants: true` on the groups of one Azure resource only (LibreChat's docs recommend a "
              "single region for Assistants)")
          .note("first assistants group here", first->assistants->key_or_value_span());
    }
  }
};

}  // namespace

const Rule& rule_librechat_assistants_multi_region() {
  static const AssistantsMultiRegion rule;
  return rule;
}

}  // namespace azlint
