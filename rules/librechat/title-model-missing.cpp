// librechat/title-model-missing: `titleConvo: true` and `titleModel` not defined in any group
#include <string>
#include <string_view>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/librechat/azure_view.h"
#include "lint/releases.h"
#include "lint/rule.h"

namespace azlint {
namespace {

// Endpoints LibreChat configures itself (from its env), which a `titleEndpoint` may name.
constexpr std::string_view kBuiltinEndpoints[] = {"openAI",     "google",          "anthropic", "bedrock",
                                                  "assistants", "azureAssistants", "agents"};

// `titleEndpoint` names an endpoint LibreChat can resolve (getProviderConfig): a built-in one, or
// a custom endpoint of this file. Otherwise LibreChat logs a warning and titles with the
// conversation's endpoint after all.
bool endpoint_configured(const Node* endpoints, std::string_view name) {
  for (std::string_view b : kBuiltinEndpoints)
    if (b == name) return true;
  const Node* custom = endpoints ? endpoints->get("custom") : nullptr;
  if (!custom || !custom->is_sequence()) return false;
  for (const Node& e : custom->items()) {
    const Node* n = e.is_mapping() ? e.get("name") : nullptr;
    if (n && n->is_string() && n->text == name) return true;
  }
  return false;
}

class TitleModelMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"librechat/title-model-missing",
                                    "`titleConvo: true` and `titleModel` not defined in any group",
                                    Severity::Error, false, "librechat",
                                    {"librechat", "", "the title model without `titleModel`: \"gpt-3.5-turbo\" in 0.7.6998, "
                                                      "the conversation's model from 0.8.501"}};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const librechat::AzureView& view = librechat::azure_view(ctx);
    if (!view.present()) return;
    const Release* release = doc.release;
    const bool gpt35_default = release && compare_versions(release->version, "0.8.501") < 0;
    // Current releases (the agents client's titleConvo) read the title settings from
    // `endpoints.all` when it is there, else from the endpoint's own: `endpoints.all ??
    // endpoints[endpoint]`. The Azure endpoint's schema has no `titleEndpoint`; `all`'s has.
    const Node* all = (!gpt35_default && view.endpoints) ? view.endpoints->get("all") : nullptr;
    const Node* settings = all && all->is_mapping() ? all : view.azure;
    const Node* convo = settings->get("titleConvo");
    const Node* title = settings->get("titleModel");
    const Node* title_endpoint = gpt35_default ? nullptr : settings->get("titleEndpoint");
    // `titleConvo: false` turns titles off. Without `titleConvo`, an explicit titleModel still
    // matters: current releases title conversations by default.
    if (convo && convo->is_bool() && !convo->boolean) return;
    const bool by_default = !convo || !convo->is_true();
    if (by_default && !title) return;
    std::vector<std::string_view> names;
    for (const librechat::Group& g : view.groups)
      for (const librechat::Model& m : g.models) names.push_back(m.name);
    if (names.empty()) return;  // no models at all: other rules report the groups

    // Without titleModel the release decides. With data-provider 0.7.6998 (its Constants.VERSION:
    // v0.7.7-rc1) Azure chats are titled by api/app/clients/OpenAIClient.js `titleConvo`:
    // `this.options.titleModel ?? OPENAI_TITLE_MODEL ?? 'gpt-3.5-turbo'`. Current releases title
    // through the agents client with the conversation's model unless titleModel is set (0.8.501,
    // v0.8.5, already has the agents' `titleEndpoint`). The server release that switched is not
    // pinned: no data-provider was published between the two, so the boundary is 0.8.501 and the
    // finding stays a warning.
    if (!title && !gpt35_default) return;
    // `titleEndpoint` naming another endpoint: the title is requested there, with that endpoint's
    // credentials, and the Azure groups do not have to serve the model. Naming an endpoint that
    // is not configured, LibreChat falls back to the conversation's endpoint (Azure).
    std::string fallback;
    if (title_endpoint && title_endpoint->is_string() && !title_endpoint->text.empty() &&
        title_endpoint->text != "azureOpenAI") {
      if (title_endpoint->text.find("${") != std::string::npos) return;
      if (endpoint_configured(view.endpoints, title_endpoint->text)) return;
      fallback = title_endpoint->text;
    }
    std::string_view model = "gpt-3.5-turbo";
    const EnvEntry* env_model = ctx.env().is_set("OPENAI_TITLE_MODEL") ? ctx.env().find("OPENAI_TITLE_MODEL") : nullptr;
    if (!title && env_model) model = env_model->value;
    if (title) {
      if (!title->is_string() || title->text.empty()) return;
      model = title->text;
      // `current_model` titles with the conversation's own model; references are not resolved.
      if (model == "current_model" || model.find("${") != std::string_view::npos) return;
    }
    if (view.find_model(model)) return;
    const std::string via =
        fallback.empty() ? std::string()
                         : " (titleEndpoint \"" + fallback + "\" names no configured endpoint, so LibreChat titles with the Azure endpoint)";
    if (by_default) {
      const std::string m(model);
      Report r = ctx.report(*title, "titleModel \"" + m + "\" is not a model of any Azure group" + via + ": releases that title "
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
    // Without titleModel (an old release, see above) only a warning: the boundary is not pinned.
    Report r = title ? ctx.report(*title, "titleModel \"" + m + "\" is not a model of any Azure group" + via + ": " + effect)
                     : ctx.report_key(*convo, "`titleConvo: true` without `titleModel`: LibreChat with librechat-data-provider " +
                                              std::string(release->version) + " (the release checked against) titles with \"" + m +
                                              "\"" + (env_model ? " (OPENAI_TITLE_MODEL)" : "") +
                                              ", which no Azure group defines, so " + effect +
                                              "; releases from 0.8.501 title with the conversation's model")
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
