// librechat/summary-model-missing: `summarize: true` and `summaryModel` not defined in any group
#include <string>
#include <string_view>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class SummaryModelMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/summary-model-missing",
                                    "`summarize: true` and `summaryModel` not defined in any group",
                                    Severity::Error, false, "librechat",
                                    // `summarize`/`summaryModel` are in data-provider 0.7.6998's azureOpenAI schema
                                    // only; from 0.8.501 they are stripped and nothing summarizes with them.
                                    {"librechat", "<0.8.501", ""}};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    const Node* summarize = view.azure->get("summarize");
    if (!summarize || !summarize->is_true()) return;
    // Without summaryModel the first model of the first group is used: always defined.
    const Node* summary = view.azure->get("summaryModel");
    if (!summary || !summary->is_string() || summary->text.empty()) return;
    const std::string_view model = summary->text;
    if (model.find("${") != std::string_view::npos) return;
    std::vector<std::string_view> names;
    for (const librechat::Group& g : view.groups)
      for (const librechat::Model& m : g.models) names.push_back(m.name);
    if (names.empty() || view.find_model(model)) return;

    const std::string m(model);
    Report r = ctx.report(*summary, "summaryModel \"" + m +
                                        "\" is not a model of any Azure group: with `summarize: true` LibreChat "
                                        "cannot map it to an Azure deployment, so summarizing fails "
                                        "('Model named \"" + m + "\" not found in configuration')");
    r.note("summarizing enabled here", summarize->key_or_value_span());
    const std::string_view close = did_you_mean(model, names);
    if (!close.empty())
      r.help("did you mean \"" + std::string(close) + "\"? summaryModel must be a model key exactly as written");
    else
      r.help("set summaryModel to a model key of one of the groups (e.g. \"" + std::string(names.front()) +
             "\"), or remove it to use the first model of the first group");
  }
};

}  // namespace

const Rule& rule_librechat_summary_model_missing() {
  static const SummaryModelMissing rule;
  return rule;
}

}  // namespace azlint
