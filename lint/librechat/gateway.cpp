// LibreChat (librechat.yaml): detection, its releases and their schemas, the refinements its
// schema cannot say, field roles, the settings it reads as strings, and how messages name its
// groups and models.
#include "lint/context.h"
#include "lint/config_names.h"
#include "lint/gateway.h"
#include "lint/releases.h"
#include "lint/librechat/fields.h"
#include "lint/librechat/resolve.h"
#include "lint/librechat/refinements.h"

namespace azlint::librechat {

const Behaviour& behaviour();

namespace {

const std::string kGroups = "/endpoints/azureOpenAI/groups/";

// The string settings of a mapping member, a header map's values, a list's items.
void add(const StringSettingSink& out, const Node& map, std::string_view key) {
  if (const Node* n = map.get(key)) out({n, std::string(key), key == "apiKey"});
}
void add_values(const StringSettingSink& out, const Node* map, std::string_view what) {
  if (!map || !map->is_mapping()) return;
  for (const Member& m : map->members()) out({&m.value, std::string(what) + " \"" + m.key.text + "\"", true});
}

class LibreChat final : public Gateway {
 public:
  std::string_view id() const override { return "librechat"; }
  std::string_view name() const override { return "LibreChat"; }
  std::string_view marker() const override { return "LibreChat `endpoints`"; }
  const std::vector<Form>& forms() const override { return forms_; }
  const std::vector<Release>& releases() const override { return releases_.get(); }

  // `endpoints` as a mapping is LibreChat's own; it wins over every other gateway's marker.
  Detection detect(const Node& root) const override {
    const Node* endpoints = root.is_mapping() ? root.get("endpoints") : nullptr;
    if (endpoints && endpoints->is_mapping()) return {&forms_[0], 4};
    return {};
  }
  const Form* detect_name(std::string_view base) const override {
    return claims_name(names_, base) ? &forms_[0] : nullptr;
  }
  const std::vector<ConfigName>& config_names() const override { return names_; }

  void prepare(Document&) const override {}  // js-yaml 4 reads YAML 1.2 core types, as load_yaml does
  EnvSyntax env_syntax() const override { return EnvSyntax::DollarBrace; }
  void add_config_env(const Document&, Env&) const override {}
  std::vector<Field> fields(const Document& doc) const override { return collect_fields(doc); }

  void string_settings(const Document& doc, const StringSettingSink& out) const override {
    if (!doc.root.is_mapping()) return;
    add(out, doc.root, "version");
    const Node* endpoints = doc.root.get("endpoints");
    if (!endpoints || !endpoints->is_mapping()) return;
    if (const Node* azure = endpoints->get("azureOpenAI"); azure && azure->is_mapping()) {
      for (std::string_view k : {"titleModel", "summaryModel", "titleMethod", "titlePrompt", "titlePromptTemplate"})
        add(out, *azure, k);
      const Node* groups = azure->get("groups");
      for (size_t i = 0; groups && groups->is_sequence() && i < groups->items().size(); ++i) {
        const Node& g = groups->items()[i];
        if (!g.is_mapping()) continue;
        for (std::string_view k : {"group", "apiKey", "instanceName", "deploymentName", "version", "baseURL"}) add(out, g, k);
        add_values(out, g.get("additionalHeaders"), "header");
        if (const Node* drop = g.get("dropParams"); drop && drop->is_sequence())
          for (const Node& item : drop->items()) out({&item, "dropParams item", false});
        if (const Node* models = g.get("models"); models && models->is_mapping())
          for (const Member& m : models->members())
            if (m.value.is_mapping()) {
              add(out, m.value, "deploymentName");
              add(out, m.value, "version");
            }
      }
    }
    if (const Node* custom = endpoints->get("custom"); custom && custom->is_sequence())
      for (const Node& e : custom->items()) {
        if (!e.is_mapping()) continue;
        for (std::string_view k : {"name", "apiKey", "baseURL"}) add(out, e, k);
        add_values(out, e.get("headers"), "header");
      }
  }

  // "group \"westus\"" / "model \"gpt-4o\" of group \"westus\"".
  std::string place(const Document&, PointerFinder& finder, const std::string& pointer) const override {
    if (pointer.rfind(kGroups, 0) != 0) return {};
    std::string rest = pointer.substr(kGroups.size());
    std::string index = rest.substr(0, rest.find('/'));
    if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return {};
    const Node* g = finder.find(kGroups + index);
    const Member* name = g && g->is_mapping() ? finder.member(*g, "group") : nullptr;
    std::string gname = name && name->value.is_string() && !name->value.text.empty()
                            ? "group \"" + name->value.text + "\""
                            : "group " + std::to_string(std::stoul(index) + 1);
    if (rest == index) return gname;
    std::string models = index + "/models/";
    if (rest.rfind(models, 0) == 0 && rest.find('/', models.size()) == std::string::npos)
      return "model \"" + rest.substr(models.size()) + "\" of " + gname;
    return {};
  }
  const std::vector<MisplacedKey>& misplaced_keys() const override { return misplaced_; }
  void schema_refinements(const Document& doc, Context& ctx) const override {
    for (const RefinementFailure& f : refinement_failures(doc.root))
      (f.at_key ? ctx.report_key(*f.node, f.message) : ctx.report(*f.node, f.message)).help(f.help);
  }
  const Behaviour& behaviour() const override { return librechat::behaviour(); }
  std::vector<ResolvedRequest> resolve(const Document& doc, const Env& env) const override {
    return librechat::resolve_requests(doc, env);
  }

 private:
  std::vector<Form> forms_{{"librechat", Format::Yaml, false}};
  // The releases of schemas/librechat/releases.json (lint/releases.h), the hand-written schema until the
  // build holds a release's own.
  LazyReleases releases_{"librechat", {{"librechat", "schemas/librechat.schema.json"}}};
  std::vector<ConfigName> names_{{"librechat*.yaml", ""}, {"librechat*.yml", ""}};  // librechat.prod.yml
  std::vector<MisplacedKey> misplaced_;
};

}  // namespace

const Gateway& gateway() {
  static const LibreChat g;
  return g;
}

}  // namespace azlint::librechat
