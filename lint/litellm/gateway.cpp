// The LiteLLM proxy (config.yaml): detection, its release and schema, PyYAML's typing, the env it
// sets itself (`environment_variables`), field roles and the settings it reads as strings.
#include <algorithm>
#include <iterator>

#include "lint/config_names.h"
#include "lint/context.h"
#include "lint/gateway.h"
#include "lint/releases.h"
#include "lint/litellm/fields.h"
#include "lint/litellm/model_list.h"
#include "lint/litellm/resolve.h"
#include "lint/yaml_scalar.h"

namespace azlint::litellm {

const Behaviour& behaviour();

namespace {

bool is_secret(std::string_view k) {
  return k == "api_key" || k == "azure_ad_token" || k == "client_secret" || k == "azure_password";
}

class LiteLLM final : public Gateway {
 public:
  std::string_view id() const override { return "litellm"; }
  std::string_view name() const override { return "the LiteLLM proxy"; }
  std::string_view marker() const override { return "LiteLLM `model_list`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_.get(); }

  // `model_list` as a list (or empty), or as the mapping users write by mistake (reported:
  // schema_refinements); LibreChat's `endpoints` wins over it.
  Detection detect(const Node& root) const override {
    const Node* ml = root.is_mapping() ? root.get("model_list") : nullptr;
    if (ml && (ml->is_sequence() || ml->is_null() || ml->is_mapping())) return {&forms_[0], 3};
    return {};
  }
  const Form* detect_name(std::string_view base) const override {
    return claims_name(names_, base) ? &forms_[0] : nullptr;
  }
  const std::vector<ConfigName>& config_names() const override { return names_; }

  // The proxy reads its YAML with PyYAML (YAML 1.1): `drop_params: yes` is a boolean there.
  void prepare(Document& doc) const override { retype_yaml11(doc.root); }
  // The proxy writes its `environment_variables` into its own environment at start.
  EnvSyntax env_syntax() const override { return EnvSyntax::OsEnviron; }
  void add_config_env(const Document& doc, Env& env) const override { litellm::add_config_env(doc, env); }
  std::vector<Field> fields(const Document& doc) const override { return collect_fields(doc); }

  void string_settings(const Document& doc, const StringSettingSink& out) const override {
    static constexpr std::string_view kParams[] = {"model", "api_base", "api_key", "api_version", "azure_ad_token",
                                                   "tenant_id", "client_id", "client_secret", "azure_username",
                                                   "azure_password", "azure_scope", "base_model", "organization",
                                                   "region_name", "custom_llm_provider"};
    if (!doc.root.is_mapping()) return;
    const View view = build_view(doc, false);  // the deployments one at a time (deployment_at)
    for (size_t i = 0; view.model_list && i < view.model_list->items().size(); ++i) {
      if (!view.model_list->items()[i].is_mapping()) continue;
      const Deployment d = deployment_at(view.model_list->items()[i], i);
      if (d.model_name) out({d.model_name, "model_name", false});
      for (std::string_view k : kParams)
        if (const Node* n = d.param(k)) out({n, std::string(k), is_secret(k)});
      if (d.model_info)
        if (const Node* n = d.model_info->get("base_model")) out({n, "base_model", false});
    }
    if (view.general_settings) {
      if (const Node* n = view.general_settings->get("master_key")) out({n, "master_key", true});
      if (const Node* n = view.general_settings->get("database_url")) out({n, "database_url", false});
    }
    if (view.environment_variables)
      for (const Member& m : view.environment_variables->members()) {
        const Node& n = m.value;
        // str() of the value is what the variable gets: only a change of text matters there.
        const bool changes = (n.implicit == Node::Implicit::Bool && n.text != "True" && n.text != "False") ||
                             (n.implicit == Node::Implicit::Int && n.text != std::to_string(static_cast<long long>(n.number())));
        if (changes) out({&n, "environment_variables." + m.key.text, true});
      }
  }

  std::string place(const Document&, PointerFinder&, const std::string&) const override { return {}; }
  const std::vector<MisplacedKey>& misplaced_keys() const override { return misplaced_; }
  // `model_list` written as one mapping: the proxy iterates its keys as models and crashes at
  // start (LiteLLM issue 2322); the schema's plain type error gives way to this one.
  void schema_refinements(const Document& doc, Context& ctx) const override {
    const Node* ml = doc.root.is_mapping() ? doc.root.get("model_list") : nullptr;
    if (!ml || !ml->is_mapping()) return;
    ctx.report_key(*ml,
               "`model_list` must be a list of models, found a mapping; the LiteLLM proxy crashes at start (it "
               "reads each key as a model: TypeError: string indices must be integers, LiteLLM issue 2322)")
        .help("make each model an item of the list: `model_list:` then `  - model_name: …` with its "
              "`litellm_params:` indented under it");
  }
  const Behaviour& behaviour() const override { return litellm::behaviour(); }
  std::vector<ResolvedRequest> resolve(const Document& doc, const Env& env) const override {
    return litellm::resolve_requests(doc, env);
  }

 private:
  std::vector<Form> forms_{{"litellm", Format::Yaml, false}};
  // The release of schemas/litellm/releases.json (lint/releases.h): the hand-written schema.
  LazyReleases releases_{"litellm", {{"litellm", "schemas/litellm.schema.json"}}};
  // A generic name (config.yaml) counts only when it holds a `model_list`.
  // litellm-prod.yaml, litellm_config.yaml, …
  std::vector<ConfigName> names_{{"litellm*.yaml", ""},         {"litellm*.yml", ""},
                                 {"proxy_config.yaml", ""},     {"proxy_config.yml", ""},
                                 {"config.yaml", "model_list:"}, {"config.yml", "model_list:"}};
  std::vector<MisplacedKey> misplaced_;
};

}  // namespace

const Gateway& gateway() {
  static const LiteLLM g;
  return g;
}

}  // namespace azlint::litellm
