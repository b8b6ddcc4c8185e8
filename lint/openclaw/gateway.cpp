// OpenClaw (openclaw.json, JSON5): detection, its releases and their schemas, the env it sets
// itself, field roles, its channel ids, and how messages name its providers and models.
#include "lint/config_names.h"
#include "lint/gateway.h"
#include "lint/releases.h"
#include "lint/openclaw/channels.h"
#include "lint/openclaw/includes.h"
#include "lint/openclaw/fields.h"
#include "lint/openclaw/place.h"
#include "lint/openclaw/view.h"
#include "lint/openclaw/resolve.h"

namespace azlint::openclaw {

const Behaviour& behaviour();

namespace {

class OpenClaw final : public Gateway {
 public:
  std::string_view id() const override { return "openclaw"; }
  std::string_view name() const override { return "OpenClaw"; }
  std::string_view marker() const override { return "OpenClaw `models.providers`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_.get(); }

  // `models.providers` or an `agents` mapping, or the legacy root layout users still write
  // (`providers` as a mapping, or `primaryProvider`; `mcpServers` alone is Claude Desktop's);
  // LibreChat's `endpoints` and LiteLLM's `model_list` win over it.
  Detection detect(const Node& root) const override {
    if (!root.is_mapping()) return {};
    const Node* models = root.get("models");
    const Node* agents = root.get("agents");
    const Node* legacy = root.get("providers");
    if ((models && models->is_mapping() && models->get("providers")) || (agents && agents->is_mapping()) ||
        (legacy && legacy->is_mapping()) || root.get("primaryProvider"))
      return {&forms_[0], 2};
    return {};
  }
  const Form* detect_name(std::string_view base) const override {
    return claims_name(names_, base) ? &forms_[0] : nullptr;
  }
  const std::vector<ConfigName>& config_names() const override { return names_; }

  void prepare(Document&) const override {}
  // OpenClaw applies the config's own `env.vars` when the environment lacks them.
  EnvSyntax env_syntax() const override { return EnvSyntax::DollarBraceUpper; }
  void add_config_env(const Document& doc, Env& env) const override { openclaw::add_config_env(doc, env); }
  std::vector<Field> fields(const Document& doc) const override { return collect_fields(doc); }
  // JSON5 types nothing implicitly.
  void string_settings(const Document&, const StringSettingSink&) const override {}
  std::string place(const Document&, PointerFinder& finder, const std::string& pointer) const override {
    return openclaw::place(finder, pointer);
  }
  const std::vector<MisplacedKey>& misplaced_keys() const override { return misplaced_; }
  void schema_refinements(const Document& doc, Context& ctx) const override {
    report_unknown_channels(doc, ctx);
    report_includes(doc, ctx);
  }
  const Behaviour& behaviour() const override { return openclaw::behaviour(); }
  std::vector<ResolvedRequest> resolve(const Document& doc, const Env& env) const override {
    return openclaw::resolve_requests(doc, env);
  }

 private:
  std::vector<Form> forms_{{"openclaw", Format::Json5, false}};
  // The releases of schemas/openclaw/releases.json (lint/releases.h), the hand-written schema until the
  // build holds a release's own.
  LazyReleases releases_{"openclaw", {{"openclaw", "schemas/openclaw.schema.json"}}};
  std::vector<ConfigName> names_{{"openclaw*.json", ""}, {"openclaw*.json5", ""}};  // openclaw-config.json
  // The top level is strict in OpenClaw: the keys of its legacy root layout there are refused.
  std::vector<MisplacedKey> misplaced_{
      {"", "providers", "models.providers",
       " (OpenClaw reports Unrecognized key: \"providers\" and keeps running on its last good config, so none of "
       "these providers exists)",
       "move the providers under `models`: { models: { providers: { … } } }"},
      {"", "primaryProvider", "agents.defaults.model.primary",
       " (OpenClaw reports Unrecognized key: \"primaryProvider\" and keeps running on its last good config)",
       "name the default model as \"provider/model\" in `agents.defaults.model.primary`"},
      {"", "mcpServers", "mcp.servers",
       " (OpenClaw reports Unrecognized key: \"mcpServers\" and keeps running on its last good config, so none of "
       "these MCP servers starts)",
       "move the servers under `mcp`: { mcp: { servers: { … } } }"}};
};

}  // namespace

const Gateway& gateway() {
  static const OpenClaw g;
  return g;
}

}  // namespace azlint::openclaw
