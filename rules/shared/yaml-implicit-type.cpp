// yaml-implicit-type: an unquoted scalar that the YAML loader turns into a non-string where a string is expected
#include <string>

#include "lint/litellm/effects.h"
#include "lint/litellm/model_list.h"
#include "lint/rule.h"

namespace azlint {
namespace {

class YamlImplicitType final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"yaml-implicit-type", "an unquoted scalar that the YAML loader turns into a non-string where a string is expected", Severity::Error, true, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    if (doc.dialect == Dialect::LiteLLM && doc.root.is_mapping()) return check_litellm(doc, ctx);
    if (doc.dialect != Dialect::LibreChat || !doc.root.is_mapping()) return;
    check_member(doc.root, "version", ctx);
    const Node* endpoints = doc.root.get("endpoints");
    if (!endpoints || !endpoints->is_mapping()) return;
    if (const Node* azure = endpoints->get("azureOpenAI"); azure && azure->is_mapping()) {
      for (std::string_view k : {"titleModel", "summaryModel", "titleMethod", "titlePrompt", "titlePromptTemplate"})
        check_member(*azure, k, ctx);
      const Node* groups = azure->get("groups");
      for (size_t i = 0; groups && groups->is_sequence() && i < groups->items.size(); ++i) {
        const Node& g = groups->items[i];
        if (!g.is_mapping()) continue;
        for (std::string_view k : {"group", "apiKey", "instanceName", "deploymentName", "version", "baseURL"})
          check_member(g, k, ctx);
        check_values(g.get("additionalHeaders"), "header", ctx);
        if (const Node* drop = g.get("dropParams"); drop && drop->is_sequence())
          for (const Node& item : drop->items) check(item, "dropParams item", ctx);
        if (const Node* models = g.get("models"); models && models->is_mapping())
          for (const Member& m : models->members)
            if (m.value.is_mapping()) {
              check_member(m.value, "deploymentName", ctx);
              check_member(m.value, "version", ctx);
            }
      }
    }
    if (const Node* custom = endpoints->get("custom"); custom && custom->is_sequence()) {
      for (const Node& e : custom->items) {
        if (!e.is_mapping()) continue;
        for (std::string_view k : {"name", "apiKey", "baseURL"}) check_member(e, k, ctx);
        check_values(e.get("headers"), "header", ctx);
      }
    }
  }

 private:
  // LiteLLM reads its config with PyYAML (YAML 1.1): also `yes`/`no`/`on`/`off`, octal `0123`.
  static void check_litellm(const Document& doc, Context& ctx) {
    static constexpr std::string_view kParams[] = {"model", "api_base", "api_key", "api_version", "azure_ad_token",
                                                   "tenant_id", "client_id", "client_secret", "azure_username",
                                                   "azure_password", "azure_scope", "base_model", "organization",
                                                   "region_name", "custom_llm_provider"};
    const litellm::View view = litellm::build_view(doc);
    for (const litellm::Deployment& d : view.deployments) {
      if (d.model_name) check_pyyaml(doc, *d.model_name, "model_name", false, ctx);
      for (std::string_view k : kParams)
        if (const Node* n = d.param(k)) check_pyyaml(doc, *n, std::string(k), is_secret(k), ctx);
      if (d.model_info)
        if (const Node* n = d.model_info->get("base_model")) check_pyyaml(doc, *n, "base_model", false, ctx);
    }
    if (view.general_settings) {
      if (const Node* n = view.general_settings->get("master_key")) check_pyyaml(doc, *n, "master_key", true, ctx);
      if (const Node* n = view.general_settings->get("database_url")) check_pyyaml(doc, *n, "database_url", false, ctx);
    }
    if (view.environment_variables)
      for (const Member& m : view.environment_variables->members) {
        const Node& n = m.value;
        // str() of the value is what the variable gets: only a change of text matters there.
        const bool changes = (n.implicit == Node::Implicit::Bool && n.text != "True" && n.text != "False") ||
                             (n.implicit == Node::Implicit::Int && n.text != std::to_string(static_cast<long long>(n.number)));
        if (changes) check_pyyaml(doc, n, "environment_variables." + m.key.text, true, ctx);
      }
  }

  // The quote fix. A credential is quoted in place (two insertions), so the fix never carries it.
  static std::vector<Edit> quote(Span s, const std::string& text, bool secret) {
    if (secret) return {Edit{Span{s.begin, s.begin}, "\""}, Edit{Span{s.end, s.end}, "\""}};
    return {Edit{s, "\"" + text + "\""}};
  }

  static bool is_secret(std::string_view k) {
    return k == "api_key" || k == "azure_ad_token" || k == "client_secret" || k == "azure_password";
  }

  static void check_pyyaml(const Document& doc, const Node& n, const std::string& what, bool secret, Context& ctx) {
    // null is LiteLLM's "not set" (None): the fallbacks apply, nothing is mistyped.
    if (n.style != Node::Style::Plain || n.implicit == Node::Implicit::None || n.implicit == Node::Implicit::Null ||
        n.span.empty())
      return;
    const std::string& src = ctx.source().text();
    if (src[n.span.begin] == '*') return;  // an alias: the anchored value is where to quote
    const std::string text = src.substr(n.span.begin, n.span.end - n.span.begin);
    std::string as;
    switch (n.implicit) {
      case Node::Implicit::Timestamp: as = "a date"; break;
      case Node::Implicit::Int:
      case Node::Implicit::Float: as = "a number"; break;
      case Node::Implicit::Bool: as = "the boolean " + std::string(n.boolean ? "true" : "false"); break;
      default: return;
    }
    Report r = ctx.report(n, "unquoted " + what + (secret ? "" : " " + text) + " is read by PyYAML as " + as +
                                 ", not a string" + litellm::implicit_type_effect(doc, n, as));
    r.help("quote the value: \"" + (secret ? std::string("…") : text) + "\"");
    r.fix("quote the value", quote(n.span, text, secret));
  }

  static void check_member(const Node& map, std::string_view key, Context& ctx) {
    if (const Node* n = map.get(key)) check(*n, std::string(key), ctx);
  }

  static void check_values(const Node* map, std::string_view what, Context& ctx) {
    if (!map || !map->is_mapping()) return;
    for (const Member& m : map->members) check(m.value, std::string(what) + " \"" + m.key.text + "\"", ctx);
  }

  static void check(const Node& n, const std::string& what, Context& ctx) {
    if (n.style != Node::Style::Plain || n.implicit == Node::Implicit::None || n.span.empty()) return;
    const std::string& src = ctx.source().text();
    if (src[n.span.begin] == '*') return;  // an alias: the anchored value is where to quote
    const std::string text = src.substr(n.span.begin, n.span.end - n.span.begin);
    // Never echo a credential, even a mistyped one.
    const bool secret = what == "apiKey" || what.rfind("header", 0) == 0;
    const std::string shown = secret ? "" : " " + text;
    std::string as, received;
    switch (n.implicit) {
      case Node::Implicit::Timestamp: as = "a date"; received = "date"; break;
      case Node::Implicit::Int:
      case Node::Implicit::Float: as = "a number"; received = "number"; break;
      case Node::Implicit::Bool: as = "the boolean " + std::string(n.boolean ? "true" : "false"); received = "boolean"; break;
      case Node::Implicit::Null: as = "null"; received = "null"; break;
      case Node::Implicit::None: return;
    }
    Report r = ctx.report(n, "unquoted " + what + shown + " is read by js-yaml as " + as +
                                 ", not a string; LibreChat rejects the config (\"Expected string, received " +
                                 received + "\") and refuses to start");
    if (n.implicit == Node::Implicit::Null) {
      r.help("write the intended text in quotes, or remove the entry");
    } else {
      r.help("quote the value: \"" + (secret ? std::string("…") : text) + "\"");
      r.fix("quote the value", quote(n.span, text, secret));
    }
  }
};

}  // namespace

const Rule& rule_yaml_implicit_type() {
  static const YamlImplicitType rule;
  return rule;
}

}  // namespace azlint
