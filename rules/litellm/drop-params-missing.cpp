// litellm/drop-params-missing: o-series or GPT-5 Azure deployments without `drop_params: true`
#include <cctype>
#include <string>

#include "lint/litellm/drop_params_fix.h"
#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

bool starts_word(std::string_view s, size_t i) { return i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1])); }

// LiteLLM's o-series test matched a real o-series name (an o1/o3/o4 starting a word, or the
// explicit o_series/ route); a match inside a word is litellm/o-series-misroute's finding.
bool deliberate_o_series(std::string_view s) {
  if (s.find("o_series/") != std::string_view::npos) return true;
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == 'o' && (s[i + 1] == '1' || s[i + 1] == '3' || s[i + 1] == '4') && starts_word(s, i)) return true;
  return false;
}

class DropParamsMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"litellm/drop-params-missing", "o-series or gpt-5 Azure deployments without `litellm_settings.drop_params: true` (or per-model `drop_params`)", Severity::Warning, Fixability::Safe, "litellm"};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const litellm::View& view = litellm::view_of(ctx);
    const Node* global = view.setting("drop_params");
    // Either boolean is a decision (`false`: the errors are wanted); `os.environ/VAR` becomes one.
    if (global && (global->is_bool() || litellm::env_ref(global))) return;
    // One fix for every finding (`check --fix` applies it once): what the message says the proxy needs.
    const std::optional<Edit> fix = litellm::add_drop_params(doc);
    for (const litellm::Deployment& d : view.deployments) {
      if (!d.is_azure() || !d.model) continue;
      const std::string detection = d.detection();
      const bool o_series = litellm::routes_as_o_series(detection) && deliberate_o_series(detection);
      const bool gpt5 = !litellm::routes_as_o_series(detection) && litellm::routes_as_gpt5(detection);
      if (!o_series && !gpt5) continue;
      const Node* own = d.param("drop_params");
      if (own && own->is_bool()) continue;  // set either way on purpose
      if (litellm::env_ref(own)) continue;    // `os.environ/VAR`: "true"/"false" become booleans
      std::string msg = d.label() + " (" + d.model->text + ") is " + (o_series ? "an o-series" : "a GPT-5") +
                        " deployment and drop_params is not set; clients that send temperature (other than 1), "
                        "top_p, presence_penalty, frequency_penalty or logprobs get 400 UnsupportedParamsError from "
                        "the LiteLLM proxy instead of an answer";
      const Node* text_value = own && own->is_string() ? own : global && global->is_string() ? global : nullptr;
      if (text_value)
        msg += " (drop_params is the string \"" + text_value->text + "\" there, which LiteLLM does not take for true)";
      // One finding per cause: the missing setting is one mistake for every deployment it
      // affects (notes at the others); a quoted "true" in a deployment is a cause of its own.
      const std::string cause = own && own->is_string() ? "own:" + own->pointer() : "global";
      std::optional<Report> r = ctx.report_once(cause, *d.model, msg, d.label() + " (" + d.model->text + ") needs it too");
      if (!r) continue;
      r->help("add `drop_params: true` under `litellm_settings:` (or in each such deployment's litellm_params)");
      if (text_value) r->note("write drop_params: true without quotes", text_value->span);
      if (fix) r->fix("add `drop_params: true` to litellm_settings", {*fix}, FixSafety::Safe);
    }
  }
};

}  // namespace

const Rule& rule_litellm_drop_params_missing() {
  static const DropParamsMissing rule;
  return rule;
}

}  // namespace azlint
