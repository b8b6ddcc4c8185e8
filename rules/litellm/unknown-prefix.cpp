// litellm/unknown-prefix: a `model` without a provider prefix the proxy knows
#include <string>

#include "lint/azure/hosts.h"
#include "lint/litellm/model_list.h"
#include "lint/rule.h"
#include "lint/strings.h"
#include "rules/shared/url_util.h"

namespace azlint {
namespace {

// Model names LiteLLM recognises without a prefix (from its model map): OpenAI, Anthropic,
// Cohere, Mistral, Gemini, Bedrock ids, ...
bool known_bare_model(std::string_view m) {
  static constexpr std::string_view kFamilies[] = {
      "gpt-", "gpt4", "o1", "o3", "o4", "chatgpt-4o", "text-embedding-", "text-davinci", "davinci", "babbage", "dall-e",
      "whisper", "tts-", "gpt-image", "omni-moderation", "text-moderation", "computer-use", "codex-", "claude",
      "command", "embed-", "rerank-", "gemini", "mistral", "mixtral", "codestral", "open-mistral", "pixtral",
      "ministral", "magistral", "devstral", "deepseek", "llama", "j2-", "jamba", "grok", "sonar", "amazon.",
      "anthropic.", "meta.", "cohere.", "ai21.", "us.", "eu."};
  for (std::string_view f : kFamilies)
    if (m.compare(0, f.size(), f) == 0) return true;
  return false;
}

class UnknownPrefix final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/unknown-prefix", "a `model` without a provider prefix the proxy knows", Severity::Error, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    for (const litellm::Deployment& d : litellm::view_of(ctx).deployments) {
      if (!d.model || d.model->text.empty() || litellm::env_ref(d.model)) continue;
      if (d.param("custom_llm_provider")) continue;  // the provider is given separately
      if (!d.provider.empty() && litellm::is_known_provider(d.provider)) continue;
      // LiteLLM also infers a provider from a known OpenAI-compatible api_base: only judge
      // models without an api_base, or with an Azure OpenAI one.
      std::string host;
      if (std::optional<litellm::Resolved> base = litellm::resolve(d.param("api_base"), ctx.env()))
        host = url_util::split_url(base->text).host;
      const bool azure_base = azure::is_azure_openai_host(host);
      if (!host.empty() && !azure_base) continue;
      const Text& model = d.model->text;
      if (d.provider.empty()) {
        if (azure_base) {
          ctx.report(*d.model, "`model: " + model + "` of " + d.label() + " has no provider prefix, so the LiteLLM proxy "
                               "treats it as an OpenAI model and sends OpenAI-style requests ({api_base}/chat/completions "
                               "with a Bearer key) to an Azure OpenAI endpoint, which answers 404 \"Resource not found\"")
              .help("write `model: azure/<deployment name>` for an Azure OpenAI deployment");
        } else if (!known_bare_model(model)) {
          ctx.report(*d.model, "`model: " + model + "` of " + d.label() + " has no provider prefix and is no model LiteLLM "
                               "knows; every request fails with \"LLM Provider NOT provided. Pass in the LLM provider "
                               "you are trying to call. You passed model=" + model + "\"")
              .help("prefix the model with its provider, e.g. `azure/" + model + "` for an Azure OpenAI deployment");
        }
        continue;
      }
      std::string_view near = litellm::closest_provider(d.provider);
      // `azure-openai/`, `azureopenai/`: the Azure OpenAI route is `azure/`.
      if (near.empty() && url_util::lower(d.provider).find("azure") != std::string::npos) near = "azure";
      std::string msg = "\"" + d.provider + "/\" in `model: " + model + "` of " + d.label() +
                        " is not a provider prefix LiteLLM knows";
      if (!near.empty()) msg += " (did you mean \"" + std::string(near) + "/\"?)";
      msg += "; every request fails with \"LLM Provider NOT provided. Pass in the LLM provider you are trying to call. "
             "You passed model=" + model + "\"";
      Report r = ctx.report(*d.model, msg);
      if (!near.empty()) {
        r.help("write `" + std::string(near) + "/" + d.route + "`");
      } else {
        r.help("use a provider prefix such as azure/, azure_ai/ or openai/ (see https://docs.litellm.ai/docs/providers)");
      }
    }
  }
};

}  // namespace

const Rule& rule_litellm_unknown_prefix() {
  static const UnknownPrefix rule;
  return rule;
}

}  // namespace azlint
