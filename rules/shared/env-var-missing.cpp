// env-var-missing: a reference to an environment variable that is set neither in the environment nor in the env files given
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/gateway.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

bool is_placeholder(std::string_view name) { return name == "INSTANCE_NAME" || name == "DEPLOYMENT_NAME"; }

class EnvVarMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"env-var-missing", "a reference to an environment variable that is set neither in the environment nor in the env files given", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const Env& env = ctx.env();
    const Document& doc = ctx.doc();
    const Behaviour& behaviour = doc.gateway->behaviour();
    std::vector<std::string> names;  // filled on the first miss
    std::vector<std::string_view> candidates;
    for (const Field& f : ctx.fields()) {
      if (!f.resolves_env) continue;
      const std::string& text = f.node->text;
      std::vector<EnvRef> refs;
      bool fails_start = false;
      if (f.env_secret_ref) {
        // OpenClaw `{source: "env", id: "VAR"}`: the whole id names the variable.
        refs.push_back({text, 0, static_cast<uint32_t>(text.size())});
      } else {
        if (f.env_syntax != EnvSyntax::OsEnviron && text.find("${") == std::string::npos) continue;
        std::optional<std::string> whole = whole_env_ref(text);
        fails_start = f.env_whole_value && whole.has_value();
        // `${A}${B}` as a whole checked value is librechat/env-ref-concatenated's finding.
        if (fails_start && !field_util::plain_env_name(*whole)) continue;
        refs = find_env_refs(text, f.env_syntax);
      }
      for (const EnvRef& ref : refs) {
        if (!field_util::plain_env_name(ref.name)) continue;  // `${ VAR }`: env-var-syntax
        if (f.has_placeholders && is_placeholder(ref.name)) continue;
        // Set, but only where the gateway reads it too late (LiteLLM's `environment_variables`).
        const std::string too_late = behaviour.set_too_late(doc, env, ref.name);
        const bool config_only = !too_late.empty();
        if (env.is_set(ref.name) && !config_only) continue;
        if (names.empty()) {
          names = env.names();
          for (const std::string& n : names) candidates.push_back(n);
        }
        const std::string label = field_util::label(f);
        const bool empty = env.find(ref.name) != nullptr && !config_only;
        std::string msg = "environment variable \"" + ref.name + "\" " +
                          (f.env_secret_ref ? "named by the env SecretRef of " : "used in ") + label + " is " +
                          (config_only ? too_late
                           : empty     ? "set but empty (" + std::string(doc.gateway->name()) +
                                         " treats an empty variable as missing)"
                                       : "not set");
        std::string_view near = empty || config_only ? std::string_view() : did_you_mean(ref.name, candidates);
        if (!near.empty() && near != ref.name) msg += " (did you mean \"" + std::string(near) + "\"?)";
        const UnsetEffect effect = behaviour.unset_reference(doc, f, ref, env, fails_start);
        msg += effect.text;
        Report r = ctx.report_span(text_span(ctx.source(), *f.node, ref.begin, ref.end), f.node->pointer, msg);
        r.help(behaviour.unset_reference_help(ref.name, config_only));
        if (effect.falls_back || config_only) r.severity(Severity::Warning);
      }
    }
  }
};

}  // namespace

const Rule& rule_env_var_missing() {
  static const EnvVarMissing rule;
  return rule;
}

}  // namespace azlint
