// env-var-missing: a reference to an environment variable that is set neither in the environment nor in the env files given
#include <cctype>
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/litellm/effects.h"
#include "lint/litellm/model_list.h"
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
    const Dialect dialect = ctx.doc().dialect;
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
        // LiteLLM: a variable only the config's `environment_variables` define is not set yet
        // when recent releases resolve the config's references.
        const bool config_only = dialect == Dialect::LiteLLM && litellm::config_only(ctx.doc(), env, ref.name);
        if (env.is_set(ref.name) && !config_only) continue;
        if (names.empty()) {
          names = env.names();
          for (const std::string& n : names) candidates.push_back(n);
        }
        const std::string label = field_util::label(f);
        const bool empty = env.find(ref.name) != nullptr && !config_only;
        const std::string gateway(field_util::gateway_name(dialect));
        std::string msg = "environment variable \"" + ref.name + "\" " +
                          (f.env_secret_ref ? "named by the env SecretRef of " : "used in ") + label + " is " +
                          (config_only ? "set only by `environment_variables` of this config (line " +
                                             std::to_string(env.find(ref.name)->line) +
                                             "), which recent LiteLLM releases apply only after resolving the "
                                             "config's os.environ/ references"
                           : empty ? "set but empty (" + gateway + " treats an empty variable as missing)"
                                   : "not set");
        std::string_view near = empty || config_only ? std::string_view() : did_you_mean(ref.name, candidates);
        if (!near.empty() && near != ref.name) msg += " (did you mean \"" + std::string(near) + "\"?)";
        bool falls_back = false;
        if (dialect == Dialect::LiteLLM) {
          litellm::UnsetEffect e = litellm::unset_reference_effect(ctx.doc(), *f.node, ref.name, env);
          msg += e.text;
          falls_back = e.falls_back;
        } else {
          msg += dialect == Dialect::OpenClaw ? openclaw_effect(f, ref) : librechat_effect(ctx.doc(), f, ref, fails_start);
        }
        std::string help = "set " + ref.name + " in the .env file beside the config or in the environment " +
                           gateway + " runs in";
        if (dialect == Dialect::OpenClaw)
          help = "set " + ref.name + " in the .env file beside the config, in `env.vars` of the config, or in the "
                 "environment OpenClaw runs in";
        if (dialect == Dialect::LiteLLM)
          help = "set " + ref.name + " in the environment the LiteLLM proxy runs in (or the .env file beside the "
                 "config)" + (config_only ? std::string(" instead of under `environment_variables:`") : std::string());
        Report r = ctx.report_span(text_span(ctx.source(), *f.node, ref.begin, ref.end), f.node->pointer, msg);
        r.help(help);
        if (falls_back || config_only) r.severity(Severity::Warning);
      }
    }
  }

 private:
  // What LibreChat does with an unset reference.
  static std::string librechat_effect(const Document& doc, const Field& f, const EnvRef& ref, bool fails_start) {
    const std::string& text = f.node->text;
    const std::string literal = "\"${" + ref.name + "}\"";
    if (fails_start)
      return "; LibreChat refuses to start: Azure configuration environment variable " + literal + " was not found";
    // A custom endpoint whose whole key or URL is an unset variable is set up without it.
    static const std::string kCustom = "/endpoints/custom/";
    if (f.node->pointer.rfind(kCustom, 0) == 0 && (f.role == FieldRole::ApiKey || f.role == FieldRole::Url) &&
        whole_env_ref(text)) {
      std::string index = f.node->pointer.substr(kCustom.size(), f.node->pointer.find('/', kCustom.size()) - kCustom.size());
      const Node* endpoint = find_pointer(doc.root, kCustom + index);
      std::string name = endpoint && !endpoint->str("name").empty() ? std::string(endpoint->str("name")) : "the endpoint";
      return std::string("; the custom endpoint is unusable: its requests fail with \"Missing ") +
             (f.role == FieldRole::ApiKey ? "API Key" : "Base URL") + " for " + name + ".\"";
    }
    // `${version}`, `${instance}`: a placeholder LibreChat does not have.
    if (f.has_placeholders && !ref.name.empty() && std::islower(static_cast<unsigned char>(ref.name[0])))
      return "; only ${INSTANCE_NAME} and ${DEPLOYMENT_NAME} are placeholders LibreChat fills in a baseURL, so " +
             literal + " stays literal and requests go to \"" + text + "\"";
    if (f.role == FieldRole::Url)
      return "; LibreChat keeps " + literal + " as literal text, so requests go to \"" + text + "\"";
    if (f.role == FieldRole::ApiKey)
      return "; LibreChat keeps " + literal + " as literal text and sends it as the key (401 Unauthorized)";
    if (f.role == FieldRole::Header)
      return "; LibreChat keeps " + literal + " as literal text and sends it as the header value";
    return "; LibreChat keeps " + literal + " as literal text";
  }

  // What OpenClaw does: an unset `${VAR}` only warns at load and stays in the value; an env
  // SecretRef to an unset variable resolves to nothing without any message.
  static std::string openclaw_effect(const Field& f, const EnvRef& ref) {
    if (f.env_secret_ref)
      return f.role == FieldRole::ApiKey
                 ? "; OpenClaw resolves the reference to nothing without a message, so requests go out without "
                   "the key (401 Unauthorized)"
                 : "; OpenClaw resolves the reference to nothing without a message, so the header is sent empty";
    const std::string literal = "\"${" + ref.name + "}\"";
    const std::string warn = "; OpenClaw only warns at load (Missing env var \"" + ref.name + "\") and leaves " +
                             literal + " in the value";
    if (f.role == FieldRole::Url) return warn + ", so requests go to \"" + f.node->text + "\" and fail";
    if (f.role == FieldRole::ApiKey) return warn + ", so the key is unusable and requests fail (401 Unauthorized)";
    if (f.role == FieldRole::Header) return warn + " and sends that text as the header value";
    return warn;
  }
};

}  // namespace

const Rule& rule_env_var_missing() {
  static const EnvVarMissing rule;
  return rule;
}

}  // namespace azlint
