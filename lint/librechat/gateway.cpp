// LibreChat (librechat.yaml): detection, its release and schema, field roles.
#include "lint/gateway.h"
#include "lint/librechat/fields.h"
#include "lint/verify/targets.h"

namespace azlint::librechat {

namespace {

class LibreChat final : public Gateway {
 public:
  std::string_view id() const override { return "librechat"; }
  std::string_view name() const override { return "LibreChat"; }
  std::string_view marker() const override { return "LibreChat `endpoints`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_; }

  // `endpoints` as a mapping is LibreChat's own; it wins over every other gateway's marker.
  Detection detect(const Node& root) const override {
    const Node* endpoints = root.is_mapping() ? root.get("endpoints") : nullptr;
    if (endpoints && endpoints->is_mapping()) return {&forms_[0], 4};
    return {};
  }
  const Form* detect_name(std::string_view base) const override {
    return name_matches(base, "librechat", {".yaml", ".yml"}) ? &forms_[0] : nullptr;
  }
  const std::vector<ConfigName>& config_names() const override { return names_; }

  void prepare(Document&) const override {}  // js-yaml 4 reads YAML 1.2 core types, as load_yaml does
  void add_config_env(const Document&, Env&) const override {}
  std::vector<Field> fields(const Document& doc) const override { return collect_fields(doc); }
  std::vector<verify::Target> targets(const Document& doc, const Env& env) const override {
    return verify::collect_targets(doc, env);
  }

 private:
  std::vector<Form> forms_{{"librechat", Format::Yaml, false, Dialect::LibreChat}};
  // config_version: the `version:` the hand-written schema's rules were written against.
  std::vector<Release> releases_{{"hand-written", "1.2.1", {{"librechat", "schemas/librechat.schema.json"}}}};
  std::vector<ConfigName> names_{{"librechat.yaml", ""}, {"librechat.yml", ""}};
};

}  // namespace

const Gateway& gateway() {
  static const LibreChat g;
  return g;
}

}  // namespace azlint::librechat
