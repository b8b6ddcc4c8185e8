// env-var-missing: a reference to an environment variable that is set nowhere and declared nowhere;
// declared (lint/env_declarations.h) but not set here is an info, an error under --require-env
#include <filesystem>
#include <string>
#include <vector>

#include "lint/did_you_mean.h"
#include "lint/gateway.h"
#include "lint/rule.h"
#include "rules/shared/field_util.h"

namespace fs = std::filesystem;

namespace azlint {
namespace {

bool is_placeholder(std::string_view name) { return name == "INSTANCE_NAME" || name == "DEPLOYMENT_NAME"; }

// "FILE:LINE" of a declaration, the file relative to the config's folder.
std::string where_declared(const EnvEntry& e, const std::string& config) {
  std::error_code ec;
  fs::path file = fs::absolute(e.file, ec).lexically_normal();
  fs::path rel = file.lexically_relative(fs::absolute(config, ec).parent_path().lexically_normal());
  return (ec || rel.empty() ? fs::path(e.file) : rel).string() + ":" + std::to_string(e.line);
}

class EnvVarMissing final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"env-var-missing", "a reference to an environment variable that is set nowhere and declared nowhere (an info when it is declared but not set here)", Severity::Error, false, ""};
    return kMeta;
  }

  void check(const Document& /*doc*/, Context& ctx) const override {
    const Env& env = ctx.env();
    const Document& doc = ctx.doc();
    const Behaviour& behaviour = doc.gateway->behaviour();
    std::vector<std::string_view> candidates;  // every name set or declared, on the first miss
    for (const Field& f : ctx.fields()) {
      if (!f.resolves_env) continue;
      const Text& text = f.node->text;
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
        const std::string label = field_util::label(f);
        const std::string used = "environment variable \"" + ref.name + "\" " +
                                 (f.env_secret_ref ? "named by the env SecretRef of " : "used in ") + label + " is ";
        const Span at = text_span(ctx.source(), *f.node, ref.begin, ref.end);
        // Declared (`.env.example`, compose, `env_declared:`) but not set here: fine where the
        // config is only checked (CI, pre-commit); --require-env, for the host it runs on, says more.
        const EnvEntry* declared = config_only ? nullptr : env.declaration(ref.name);
        if (declared && !env.declared_is_missing()) {
          ctx.report_span(at, f.node->pointer(),
                          used + "declared in " + where_declared(*declared, doc.source->path()) +
                              " but not set here (fine in CI; it must be set where " + std::string(doc.gateway->name()) + " runs)")
              .help(behaviour.unset_reference_help(ref.name, false) +
                    "; azlint --require-env (or `require_env: true` in .azlint.yaml) makes this an error on the host it runs on")
              .severity(Severity::Info);
          continue;
        }
        if (candidates.empty()) candidates = env.names_and_declared();
        const bool empty = !declared && env.find(ref.name) != nullptr && !config_only;
        std::string msg = used + (config_only ? too_late
                                  : declared  ? "declared in " + where_declared(*declared, doc.source->path()) +
                                                   " but not set (--require-env)"
                                  : empty     ? "set but empty (" + std::string(doc.gateway->name()) +
                                                " treats an empty variable as missing)"
                                              : "not set");
        std::string_view near = empty || config_only || declared ? std::string_view() : did_you_mean(ref.name, candidates);
        if (!near.empty() && near != ref.name) msg += " (did you mean \"" + std::string(near) + "\"?)";
        const UnsetEffect effect = behaviour.unset_reference(doc, f, ref, env, fails_start);
        msg += effect.text;
        Report r = ctx.report_span(at, f.node->pointer(), msg);
        std::string help = behaviour.unset_reference_help(ref.name, config_only);
        if (!config_only && !declared)
          help += "; if it is set only where " + std::string(doc.gateway->name()) + " runs, declare it: `" + ref.name +
                  "=` in a .env.example beside the config, or `env_declared: [" + ref.name + "]` in .azlint.yaml";
        r.help(std::move(help));
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
