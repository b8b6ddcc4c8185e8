// env-var-missing: a reference to an environment variable that is set neither in the environment nor in the env files given
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace azlint {
namespace {

bool is_placeholder(std::string_view name) { return name == "INSTANCE_NAME" || name == "DEPLOYMENT_NAME"; }

class EnvVarMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"env-var-missing", "a reference to an environment variable that is set neither in the environment nor in the env files given", Severity::Error, false, Dialect::Unknown};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const Env& env = ctx.env();
    std::vector<std::string> names;  // filled on the first miss
    std::vector<std::string_view> candidates;
    for (const Field& f : ctx.fields()) {
      if (!f.resolves_env) continue;
      const std::string& text = f.node->text;
      if (text.find("${") == std::string::npos) continue;
      std::optional<std::string> whole = whole_env_ref(text);
      const bool fails_start = f.env_whole_value && whole.has_value();
      // `${A}${B}` as a whole checked value is librechat/env-ref-concatenated's finding.
      if (fails_start && !field_util::plain_env_name(*whole)) continue;
      for (const EnvRef& ref : find_env_refs(text)) {
        if (!field_util::plain_env_name(ref.name)) continue;  // `${ VAR }`: env-var-syntax
        if (f.has_placeholders && is_placeholder(ref.name)) continue;
        if (env.is_set(ref.name)) continue;
        if (names.empty()) {
          names = env.names();
          for (const std::string& n : names) candidates.push_back(n);
        }
        const std::string label = field_util::label(f);
        const bool empty = env.find(ref.name) != nullptr;
        std::string msg = "environment variable \"" + ref.name + "\" used in " + label + " is " +
                          (empty ? "set but empty (LibreChat treats an empty variable as missing)" : "not set");
        std::string_view near = empty ? std::string_view() : did_you_mean(ref.name, candidates);
        if (!near.empty() && near != ref.name) msg += " (did you mean \"" + std::string(near) + "\"?)";
        const std::string literal = "\"${" + ref.name + "}\"";
        if (fails_start)
          msg += "; LibreChat refuses to start: Azure configuration environment variable " + literal + " was not found";
        else if (f.role == FieldRole::Url)
          msg += "; LibreChat keeps " + literal + " as literal text, so requests go to \"" + text + "\"";
        else if (f.role == FieldRole::ApiKey)
          msg += "; LibreChat keeps " + literal + " as literal text and sends it as the key (401 Unauthorized)";
        else if (f.role == FieldRole::Header)
          msg += "; LibreChat keeps " + literal + " as literal text and sends it as the header value";
        else
          msg += "; LibreChat keeps " + literal + " as literal text";
        ctx.report_span(text_span(ctx.source(), *f.node, ref.begin, ref.end), f.node->pointer, msg)
            .help("set " + ref.name + " in the .env file beside the config or in the environment LibreChat runs in");
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
