// librechat/title-model-missing: `titleConvo: true` and `titleModel` not defined in any group
#include <string>
#include <string_view>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/librechat/azure_view.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class TitleModelMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/title-model-missing",
                                    "`titleConvo: true` and `titleModel` not defined in any group",
                                    Severity::Error, false, "librechat"};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    const Node* convo = view.azure->get("titleConvo");
    const Node* title = view.azure->get("titleModel");
    // `titleConvo: false` turns titles off. Without `titleConvo`, an explicit titleModel still
    // matters: current releases title conversations by default.
    if (convo && convo->is_bool() && !convo->boolean) return;
    const bool by_default = !convo || !convo->is_true();
    if (by_default && !title) return;
    std::vector<std::string_view> names;
    for (const librechat::Group& g : view.groups)
      for (const librechat::Model& m : g.models) names.push_back(m.name);
    if (names.empty()) return;  // no models at all: other rules report the groups

    std::string_view model = "gpt-3.5-turbo";
    if (title) {
      if (!title->is_string() || title->text.empty()) return;
      model = title->text;
      // `current_model` titles with the conversation's own model; references are not resolved.
      if (model == "current_model" || model.find("${") != std::string_view::npos) return;
    }
    if (view.find_model(model)) return;
    if (by_default) {
      const std::string m(model);
      Report r = ctx.report(*title, "titleModel \"" + m + "\" is not a model of any Azure group: releases that title "
                                    "conversations by default (`titleConvo` is not set) fail to title them and keep "
                                    "\"New Chat\"");
      r.severity(Severity::Warning);
      const std::string_view close = did_you_mean(model, names);
      r.help(close.empty() ? "set titleModel to a model key of one of the groups, or to \"current_model\""
                           : "did you mean \"" + std::string(close) + "\"? titleModel must be a model key exactly as written");
      return;
    }

    const std::string m(model);
    const std::string effect = "titling fails and conversations keep the title \"New Chat\" (LibreChat logs "
                               "'Model named \"" + m + "\" not found in configuration')";
    // Without titleModel, releases up to the seed's title with "gpt-3.5-turbo"; current releases
    // (the agents client) title with the conversation's own model, so this case is only a warning.
    Report r = title ? ctx.report(*title, "titleModel \"" + m + "\" is not a model of any Azure group: " + effect)
                     : ctx.report_key(*convo, "`titleConvo: true` without `titleModel`: LibreChat releases that "
                                              "default to \"gpt-3.5-turbo\" find no such model in any Azure group, "
                                              "so " + effect + "; current releases title with the conversation's model")
                           .severity(Severity::Warning);
    const std::string_view close = did_you_mean(model, names);
    if (!close.empty())
      r.help("did you mean \"" + std::string(close) + "\"? titleModel must be a model key exactly as written");
    else
      r.help("set titleModel to a model key of one of the groups (e.g. \"" + std::string(names.front()) +
             "\") or to \"current_model\"");
  }
};

}  // namespace

const Rule& rule_librechat_title_model_missing() {
  static const TitleModelMissing rule;
  return rule;
}

}  // namespace azlint
