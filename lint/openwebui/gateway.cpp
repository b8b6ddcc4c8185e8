// Open WebUI: its two forms (the exported config JSON and the env file), detection, its release
// and schemas, field roles, and how messages name an `api_configs` entry.
#include "lint/openwebui/gateway.h"

#include "lint/openwebui/fields.h"
#include "lint/openwebui/resolve.h"
#include "lint/releases.h"

namespace azlint::openwebui {

const Behaviour& behaviour();

namespace {

class OpenWebUI final : public Gateway {
 public:
  std::string_view id() const override { return "openwebui"; }
  std::string_view name() const override { return "Open WebUI"; }
  std::string_view marker() const override { return "Open WebUI `openai.api_base_urls`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_.get(); }

  // The weakest markers: every other gateway's wins over them.
  Detection detect(const Node& root) const override {
    if (!root.is_mapping()) return {};
    const Node* openai = root.get("openai");
    if (openai && openai->is_mapping() && (openai->get("api_base_urls") || openai->get("api_configs")))
      return {&forms_[0], 1};
    if (root.get("OPENAI_API_BASE_URLS") || root.get("OPENAI_API_BASE_URL")) return {&forms_[1], 1};
    return {};
  }
  // Neither form has a name of its own (config.json, .env).
  const Form* detect_name(std::string_view) const override { return nullptr; }
  const std::vector<ConfigName>& config_names() const override { return names_; }

  void prepare(Document&) const override {}
  EnvSyntax env_syntax() const override { return EnvSyntax::DollarBrace; }  // resolves none; the usual form
  void add_config_env(const Document&, Env&) const override {}
  std::vector<Field> fields(const Document& doc) const override { return collect_fields(doc); }
  void string_settings(const Document&, const StringSettingSink&) const override {}

  // `azure` of api_configs["0"] (a connection's settings are keyed by its index).
  std::string place(const Document& doc, PointerFinder&, const std::string& pointer) const override {
    static const std::string kConfigs = "/openai/api_configs/";
    if (doc.form != &forms_[0] || pointer.rfind(kConfigs, 0) != 0) return {};
    std::string rest = pointer.substr(kConfigs.size());
    size_t slash = rest.find('/');
    std::string entry = "api_configs[\"" + pointer_unescape(rest.substr(0, slash)) + "\"]";
    return slash == std::string::npos ? entry : generic_place(pointer) + " of " + entry;
  }
  const std::vector<MisplacedKey>& misplaced_keys() const override { return misplaced_; }
  void schema_refinements(const Document&, Context&) const override {}  // its schema says it all
  const Behaviour& behaviour() const override { return openwebui::behaviour(); }
  std::vector<ResolvedRequest> resolve(const Document& doc, const Env& env) const override {
    return openwebui::resolve_requests(doc, env);
  }

  const Form& json() const { return forms_[0]; }
  const Form& env() const { return forms_[1]; }

 private:
  std::vector<Form> forms_{{"openwebui", Format::Json5, false},
                           {"openwebui-env", Format::Dotenv, true}};
  // The release of schemas/openwebui/releases.json (lint/releases.h): the hand-written schemas.
  LazyReleases releases_{"openwebui", {{"openwebui", "schemas/openwebui.schema.json"},
                                   {"openwebui-env", "schemas/openwebui-env.schema.json"}}};
  std::vector<ConfigName> names_;
  std::vector<MisplacedKey> misplaced_;
};

const OpenWebUI& instance() {
  static const OpenWebUI g;
  return g;
}

}  // namespace

const Gateway& gateway() { return instance(); }
const Form& json_form() { return instance().json(); }
const Form& env_form() { return instance().env(); }

}  // namespace azlint::openwebui
