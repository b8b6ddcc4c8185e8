// litellm/o-series-misroute: a deployment LiteLLM takes for an o-series model by accident (`demo10`), or an
// o-series model behind a neutral name without `azure/o_series/`
#include <cctype>
#include <string>

#include "lint/azure/models.h"
#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

bool alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The first `o1`/`o3`/`o4` inside a word ("demo10", "video1", "turbo1106"), or npos when every
// occurrence starts a word ("o3-mini", "my-o1-prod": those name an o-series model on purpose).
size_t accidental_hit(std::string_view s) {
  size_t first = std::string_view::npos;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != 'o' || (s[i + 1] != '1' && s[i + 1] != '3' && s[i + 1] != '4')) continue;
    if (i == 0 || !alnum(s[i - 1])) return std::string_view::npos;
    if (first == std::string_view::npos) first = i;
  }
  return first;
}

class OSeriesMisroute final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/o-series-misroute", "a deployment name containing `o1`, `o3` or `o4` by accident, or an o-series model behind a neutral name without `azure/o_series/`", Severity::Warning, false, "litellm"};
    return kMeta;
  }

  void check(const Document&, Context& ctx) const override {
    for (const litellm::Deployment& d : litellm::view_of(ctx).deployments) {
      if (d.provider != "azure" || !d.model) continue;
      const std::string detection = d.detection();
      if (detection.find("o_series/") != std::string::npos) continue;  // explicit
      const bool by_base = !d.base_model.empty();
      if (litellm::routes_as_o_series(detection)) {
        size_t at = accidental_hit(detection);
        if (at == std::string::npos) continue;
        const std::string hit = detection.substr(at, 2);
        ctx.report(*d.model, std::string(by_base ? "base_model \"" : "deployment \"") + detection + "\" of " + d.label() +
                                 " contains \"" + hit + "\", so the LiteLLM proxy handles it as an o-series model (it "
                                 "tests the name for the substrings o1, o3 and o4): max_tokens becomes "
                                 "max_completion_tokens, and temperature other than 1, top_p, presence_penalty and "
                                 "frequency_penalty fail with UnsupportedParamsError (or are dropped)")
            .help(by_base ? "set base_model to the model actually deployed, without an accidental o1/o3/o4"
                          : "set `base_model:` to the model actually deployed (e.g. azure/gpt-4o) so LiteLLM detects the "
                            "model from it, or rename the deployment");
        continue;
      }
      // An o-series model (by its public name) the proxy will not recognise.
      if (!d.model_name || !d.model_name->is_string() || !azure::is_o_series(d.model_name->text)) continue;
      if (by_base || litellm::routes_as_gpt5(detection)) continue;
      if (azure::is_known_model(d.deployment)) continue;  // a deliberate alias of another model
      ctx.report(*d.model, d.label() + " is served by deployment \"" + d.deployment + "\", whose name does not tell "
                           "the LiteLLM proxy it is an o-series model: LiteLLM handles it like a GPT-4-class model and "
                           "passes max_tokens and temperature through, which Azure rejects for o-series models (400 "
                           "\"Unsupported parameter: 'max_tokens' is not supported with this model\")")
          .help("write `model: azure/o_series/" + d.deployment + "`, or set `base_model: azure/" + d.model_name->text +
                "` under litellm_params");
    }
  }
};

}  // namespace

const Rule& rule_litellm_o_series_misroute() {
  static const OSeriesMisroute rule;
  return rule;
}

}  // namespace azlint
