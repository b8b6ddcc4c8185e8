// The LiteLLM proxy (config.yaml): detection, its release and schema, PyYAML's typing, the env it
// sets itself (`environment_variables`), field roles.
#include "lint/gateway.h"
#include "lint/litellm/fields.h"
#include "lint/litellm/model_list.h"
#include "lint/verify/targets.h"
#include "lint/yaml_scalar.h"

namespace azlint::litellm {

namespace {

class LiteLLM final : public Gateway {
 public:
  std::string_view id() const override { return "litellm"; }
  std::string_view name() const override { return "the LiteLLM proxy"; }
  std::string_view marker() const override { return "LiteLLM `model_list`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_; }

  // `model_list` as a list (or empty); LibreChat's `endpoints` wins over it.
  Detection detect(const Node& root) const override {
    const Node* ml = root.is_mapping() ? root.get("model_list") : nullptr;
    if (ml && (ml->is_sequence() || ml->is_null())) return {&forms_[0], 3};
    return {};
  }
  const Form* detect_name(std::string_view base) const override {
    return name_matches(base, "litellm", {".yaml", ".yml"}) ? &forms_[0] : nullptr;
  }
  const std::vector<ConfigName>& config_names() const override { return names_; }

  // The proxy reads its YAML with PyYAML (YAML 1.1): `drop_params: yes` is a boolean there.
  void prepare(Document& doc) const override { retype_yaml11(doc.root); }
  // The proxy writes its `environment_variables` into its own environment at start.
  void add_config_env(const Document& doc, Env& env) const override { litellm::add_config_env(doc, env); }
  std::vector<Field> fields(const Document& doc) const override { return collect_fields(doc); }
  std::vector<verify::Target> targets(const Document& doc, const Env& env) const override {
    return verify::collect_targets(doc, env);
  }

 private:
  std::vector<Form> forms_{{"litellm", Format::Yaml, false, Dialect::LiteLLM}};
  std::vector<Release> releases_{{"hand-written", "", {{"litellm", "schemas/litellm.schema.json"}}}};
  // A generic name (config.yaml) counts only when it holds a `model_list`.
  std::vector<ConfigName> names_{{"litellm_config.yaml", ""}, {"litellm_config.yml", ""}, {"litellm.yaml", ""},
                                 {"litellm.yml", ""},         {"proxy_config.yaml", ""},  {"config.yaml", "model_list:"},
                                 {"config.yml", "model_list:"}};
};

}  // namespace

const Gateway& gateway() {
  static const LiteLLM g;
  return g;
}

}  // namespace azlint::litellm
