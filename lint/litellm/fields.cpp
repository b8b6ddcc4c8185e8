#include "lint/litellm/fields.h"

#include <functional>

#include "lint/litellm/model_list.h"

namespace azlint::litellm {
namespace {

// `label` (and `label_of`): views into the tree or the document's arena.
Field make(const Node* n, FieldRole role, Text label, Text label_of = {}) {
  Field f;
  f.node = n;
  f.role = role;
  f.resolves_env = true;  // the whole value `os.environ/VAR`
  f.env_syntax = EnvSyntax::OsEnviron;
  f.set_label(label);
  f.set_label_of(label_of);
  return f;
}

FieldRole role_of(std::string_view key, bool azure) {
  if (key == "api_base") return FieldRole::Url;
  if (key == "api_key" || key == "azure_ad_token" || key == "client_secret" || key == "azure_password")
    return FieldRole::ApiKey;
  // Only the Azure OpenAI client sends `api_version` as an Azure OpenAI api-version.
  if (key == "api_version" && azure) return FieldRole::ApiVersion;
  return FieldRole::Text;
}

// The model an api-version is used for: the base model (without its provider prefix), else the
// deployment name. Views into the nodes' text, which outlive the fields.
std::string_view model_for_version(const Deployment& d) {
  for (const Node* holder : {d.params, d.model_info}) {
    if (!holder) continue;
    const Node* b = holder->get("base_model");
    if (!b || !b->is_string() || b->text.empty()) continue;
    std::string_view t = b->text;
    size_t slash = t.find('/');
    return slash == std::string_view::npos ? t : t.substr(slash + 1);
  }
  if (!d.model) return {};
  std::string_view t = d.model->text;
  return t.substr(t.size() - d.deployment.size());
}

// The dummy keys OpenAI-compatible local servers are given ("none", "EMPTY"): nothing to leak.
bool placeholder_key(std::string_view k) {
  std::string low(k);
  for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  static constexpr std::string_view kDummy[] = {"", "none", "empty", "dummy", "fake", "fake-key", "no-key",
                                                "not-needed", "not_needed", "sk-no-key-required", "na", "n/a", "x", "-"};
  for (std::string_view d : kDummy)
    if (low == d) return true;
  return false;
}

// `owner`: the deployment's label (Deployment::label), kept in the document's arena.
void add_deployment(std::vector<Field>& out, const Document& doc, const Deployment& d, Text owner) {
  if (d.model_name && d.model_name->is_string()) {
    Field f;
    f.node = d.model_name;
    f.role = FieldRole::ModelName;
    // Without `model_info.mode` the proxy's health checks treat the entry as a chat model.
    const Node* mode = d.model_info ? d.model_info->get("mode") : nullptr;
    if (!mode || mode->is_null()) f.model_use = ModelUse::Undeclared;
    // What the name is served by (views into node text: the fields outlive the view).
    std::string_view served = model_for_version(d);
    if (served.empty() && d.model) served = d.model->text;
    if (!served.empty()) f.models = Field::models_of(doc, {served});
    out.push_back(std::move(f));
  }
  if (!d.params) return;
  const Node* api_key = d.param("api_key");
  const bool sends_key = api_key && api_key->is_string() && !placeholder_key(api_key->text);
  for (const Member& m : d.params->members()) {
    if (!m.value.is_string()) continue;
    Field f = make(&m.value, role_of(m.key.text, d.is_azure()), m.key.text, owner);
    if (f.role == FieldRole::Url) f.sends_key = sends_key;
    if (f.role == FieldRole::ApiVersion)
      if (std::string_view model = model_for_version(d); !model.empty()) f.models = Field::models_of(doc, {model});
    out.push_back(std::move(f));
  }
}

// Other `os.environ/VAR` values: recent releases resolve them in every mapping of the config
// (`ProxyConfig._check_for_os_environ_vars`: nested mappings and mappings inside lists, 10 deep).
// Those `skip` refuses are left out (found elsewhere). Labels: the dotted path, `of` `owner`.
void add_references(std::vector<Field>& out, const Document& doc, const Node& n, const std::string& path, int depth,
                    const std::function<bool(const Node&)>& skip, Text owner) {
  if (depth > 10) return;
  for (const Member& m : n.members()) {
    const std::string here = path.empty() ? m.key.text : path + "." + m.key.text;
    if (m.value.is_string() && env_ref(&m.value) && !skip(m.value))
      out.push_back(make(&m.value, FieldRole::Text, path.empty() ? m.key.text : Text(doc.arena->keep(here)), owner));
    if (m.value.is_mapping()) add_references(out, doc, m.value, here, depth + 1, skip, owner);
    for (const Node& item : m.value.items())
      if (item.is_mapping()) add_references(out, doc, item, here, depth + 1, skip, owner);
  }
}

// How many references add_references finds below a model_list entry outside its
// litellm_params (for sizing the list).
size_t count_references(const Node& n, int depth) {
  if (depth > 10) return 0;
  size_t c = 0;
  for (const Member& m : n.members()) {
    if (depth == 1 && m.key.text == "litellm_params") continue;
    c += m.value.is_string() && env_ref(&m.value);
    if (m.value.is_mapping()) c += count_references(m.value, depth + 1);
    for (const Node& item : m.value.items())
      if (item.is_mapping()) c += count_references(item, depth + 1);
  }
  return c;
}

}  // namespace

std::vector<Field> collect_fields(const Document& doc) {
  std::vector<Field> out;
  // The deployments one at a time (deployment_at): the context's view holds the list already.
  const View view = build_view(doc, false);
  const auto each_deployment = [&](auto&& fn) {
    if (view.model_list)
      for (size_t i = 0; i < view.model_list->items().size(); ++i)
        if (view.model_list->items()[i].is_mapping()) fn(deployment_at(view.model_list->items()[i], i));
  };
  // Sized first (what add_deployment takes): growth slack would hold a third of a large
  // config's fields in spare capacity.
  size_t n = 0;
  each_deployment([&](const Deployment& d) {
    n += d.model_name && d.model_name->is_string();
    if (d.params)
      for (const Member& m : d.params->members()) n += m.value.is_string();
    n += count_references(*d.entry, 1);
  });
  // The rest, found first: the few settings outside model_list.
  std::vector<Field> rest;
  if (const Node* gs = view.general_settings) {
    if (const Node* k = gs->get("master_key"); k && k->is_string())
      rest.push_back(make(k, FieldRole::ApiKey, "general_settings.master_key"));
    if (const Node* u = gs->get("database_url"); u && u->is_string())
      rest.push_back(make(u, FieldRole::Text, "general_settings.database_url"));
  }
  if (const Node* vars = view.environment_variables)
    for (const Member& m : vars->members())
      if (m.value.is_string()) rest.push_back(make(&m.value, FieldRole::Text, doc.arena->keep("environment_variables." + m.key.text)));
  // Everything else, as LiteLLM walks it (model_list and environment_variables are done above).
  if (doc.root.is_mapping())
    add_references(rest, doc, doc.root, "", 0, [](const Node& v) {
      const std::string p = v.pointer();
      return p.rfind("/model_list/", 0) == 0 || p.rfind("/environment_variables/", 0) == 0 ||
             p == "/general_settings/master_key" || p == "/general_settings/database_url";
    }, {});
  out.reserve(n + rest.size());
  each_deployment([&](const Deployment& d) {
    const Text owner = doc.arena->keep(d.label());
    add_deployment(out, doc, d, owner);
    // The entry's other values (model_info, ...): references are resolved there too.
    std::string params;  // the pointer prefix of litellm_params (add_deployment has those)
    add_references(out, doc, *d.entry, "", 1, [&](const Node& v) {
      if (params.empty()) params = d.entry->pointer() + "/litellm_params/";
      return v.pointer().rfind(params, 0) == 0;
    }, owner);
  });
  for (Field& f : rest) out.push_back(std::move(f));
  return out;
}

}  // namespace azlint::litellm
