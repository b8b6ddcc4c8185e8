// Open WebUI connections and field roles, for both forms (see fields.h).
#include "lint/openwebui/fields.h"
#include "lint/context.h"

#include "lint/percent_encode.h"

#include <string_view>
#include <unordered_map>

#include "lint/azure/hosts.h"
#include "lint/ascii.h"
#include "lint/openwebui/gateway.h"

#include <cctype>

namespace azlint::openwebui {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

bool space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// Python's truth value of a JSON value (Open WebUI tests `if api_config.get("azure", False):`).
bool truthy(const Node& n) {
  switch (n.kind) {
    case Node::Kind::Null: return false;
    case Node::Kind::Bool: return n.boolean;
    case Node::Kind::Number: return n.number() != 0;
    case Node::Kind::String: return !n.text.empty();
    case Node::Kind::Sequence: return !n.items().empty();
    case Node::Kind::Mapping: return !n.members().empty();
  }
  return false;
}

// One `;`-separated item of an env value: the text Open WebUI keeps (`item.strip()`), as a node
// whose span is the item's own place inside the value, kept in the document's arena.
const Node* item_node(const Document& doc, const Node& value, uint32_t begin, uint32_t end, size_t index) {
  std::string_view t = value.text;  // the item node views it: valid as long as the document
  while (begin < end && space(t[begin])) ++begin;
  while (end > begin && space(t[end - 1])) --end;
  Node n;
  n.kind = Node::Kind::String;
  n.style = Node::Style::Plain;
  n.text = t.substr(begin, end - begin);
  n.span = text_span(*doc.source, value, begin, end);
  n.parent = &value;  // its pointer: the value's and the index
  n.index = static_cast<uint32_t>(index);
  return doc.arena->node(n);
}

// Open WebUI reads OPENAI_API_BASE_URLS, or OPENAI_API_BASE_URL when that is unset or empty.
const Node* env_value(const Node& root, std::string_view list, std::string_view single, std::string& name) {
  const Node* v = root.get(list);
  if (v && v->is_string() && !v->text.empty()) {
    name = std::string(list);
    return v;
  }
  v = root.get(single);
  if (v && v->is_string() && !v->text.empty()) {
    name = std::string(single);
    return v;
  }
  return nullptr;
}

std::vector<const Node*> split_env(const Document& doc, const Node* value) {
  std::vector<const Node*> out;
  if (!value) return out;
  const Text& t = value->text;
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && t[i] != ';') continue;
    out.push_back(item_node(doc, *value, begin, i, out.size()));
    begin = i + 1;
  }
  return out;
}

void build_env(View& v, const Document& doc) {
  v.env_form = true;
  v.urls = env_value(doc.root, "OPENAI_API_BASE_URLS", "OPENAI_API_BASE_URL", v.urls_name);
  v.keys = env_value(doc.root, "OPENAI_API_KEYS", "OPENAI_API_KEY", v.keys_name);
  std::vector<const Node*> urls = split_env(doc, v.urls);
  v.key_items = split_env(doc, v.keys);
  v.connections.reserve(urls.size());
  for (size_t i = 0; i < urls.size(); ++i) {
    Connection c;
    c.index = i;
    c.url = urls[i];
    c.key = i < v.key_items.size() ? v.key_items[i] : nullptr;
    c.list = v.urls_name == "OPENAI_API_BASE_URLS" ? "OPENAI_API_BASE_URLS" : "OPENAI_API_BASE_URL";
    v.connections.push_back(std::move(c));
  }
}

void build_json(View& v, const Document& doc) {
  v.urls_name = "api_base_urls";
  v.keys_name = "api_keys";
  const Node* openai = doc.root.get("openai");
  if (!openai || !openai->is_mapping()) return;
  v.openai = openai;
  const Node* urls = openai->get("api_base_urls");
  const Node* keys = openai->get("api_keys");
  const Node* configs = openai->get("api_configs");
  v.urls = urls && urls->is_sequence() ? urls : nullptr;
  v.keys = keys && keys->is_sequence() ? keys : nullptr;
  v.configs = configs && configs->is_mapping() ? configs : nullptr;
  if (v.keys)
    for (const Node& k : v.keys->items()) v.key_items.push_back(k.is_string() ? &k : nullptr);
  if (!v.urls) return;
  const Node* enable_all = openai->get("enable");
  const bool all_off = enable_all && !truthy(*enable_all);
  // api_configs by key, the last of duplicates (Node::member's answer), looked up once per
  // connection: a hash map, not a scan per connection.
  std::unordered_map<std::string_view, const Member*> config_by_key;
  if (v.configs && v.configs->is_mapping()) {
    config_by_key.reserve(v.configs->members().size());
    for (const Member& m : v.configs->members()) config_by_key[m.key.text] = &m;
  }
  auto config_at = [&](std::string_view key) -> const Member* {
    auto it = config_by_key.find(key);
    return it == config_by_key.end() ? nullptr : it->second;
  };
  v.connections.reserve(v.urls->items().size());
  for (size_t i = 0; i < v.urls->items().size(); ++i) {
    const Node& u = v.urls->items()[i];
    Connection c;
    c.index = i;
    c.url = u.is_string() ? &u : nullptr;
    c.key = i < v.key_items.size() ? v.key_items[i] : nullptr;
    c.list = "api_base_urls";
    // api_configs.get(str(idx), api_configs.get(url, {})): the index first, then (legacy) the URL.
    if (v.configs) {
      c.config = config_at(std::to_string(i));
      if (!c.config && c.url) c.config = config_at(c.url->text);
    }
    if (const Node* cfg = c.cfg()) {
      const Node* azure = cfg->get("azure");
      const Node* provider = cfg->get("provider");
      if (azure && truthy(*azure)) c.azure_flag = azure;
      else if (provider && provider->is_string() && provider->text == "azure") c.azure_flag = provider;
      const Node* enable = cfg->get("enable");
      if (enable && !truthy(*enable)) c.enabled = false;
    }
    if (all_off) c.enabled = false;
    v.connections.push_back(std::move(c));
  }
}

// `label`: a view into the tree or the document's arena.
Field make(const Node* n, FieldRole role, Text label) {
  Field f;
  f.node = n;
  f.role = role;
  // Open WebUI uses these values as written: it resolves no `${VAR}` in its config (the env
  // file is read by Python's environment, not re-expanded by Open WebUI).
  f.resolves_env = false;
  f.env_syntax = EnvSyntax::DollarBrace;
  f.set_label(label);
  return f;
}

}  // namespace

const Node* Connection::cfg_string(std::string_view k) const {
  const Node* c = cfg();
  const Node* n = c ? c->get(k) : nullptr;
  return n && n->is_string() ? n : nullptr;
}

bool Connection::classic_azure() const {
  return azure() && enabled && url && v1_base_end(url->text) == std::string::npos;
}

std::string Connection::describe() const {
  std::string out = "connection " + std::to_string(index);
  if (url) out += " (\"" + url->text + "\")";
  return out;
}

bool is_azure_host(std::string_view host) { return azure::is_azure_openai_host(host); }

size_t v1_base_end(std::string_view url) {
  std::string low = lower(url);
  size_t scheme = low.find("://");
  size_t from = scheme == std::string::npos ? 0 : scheme + 3;
  for (size_t at = low.find("/openai/v1", from); at != std::string::npos; at = low.find("/openai/v1", at + 1)) {
    size_t end = at + 10;
    if (end == low.size() || low[end] == '/') return end;
  }
  return std::string::npos;
}

std::string azure_chat_url(std::string_view url, std::string_view deployment, std::string_view api_version) {
  std::string base(url);
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string segment = deployment == "{deployment}" ? std::string(deployment) : percent_encode(deployment);
  return base + "/openai/deployments/" + segment + "/chat/completions?api-version=" + std::string(api_version);
}

bool sends_key(const Connection& c) {
  if (!c.key || c.key->text.empty()) return false;
  const Node* auth = c.cfg_string("auth_type");
  const std::string_view a = auth ? std::string_view(auth->text) : std::string_view();
  if (a.empty() || a == "bearer") return true;
  return c.azure() && a != "azure_ad" && a != "microsoft_entra_id";
}

const View& view_of(Context& ctx) { return ctx.view<View>(build_view); }

View build_view(const Document& doc) {
  View v;
  if (doc.form == &env_form()) build_env(v, doc);
  else if (doc.form == &json_form()) build_json(v, doc);
  return v;
}

std::vector<Field> collect_fields(const Document& doc) {
  std::vector<Field> out;
  View v = build_view(doc);
  // Sized first (an upper bound): growth slack would hold up to half a large list's fields.
  size_t n = v.key_items.size();
  for (const Connection& c : v.connections) {
    n += 1;
    if (const Node* cfg = c.cfg()) {
      n += 1;
      if (const Node* headers = cfg->get("headers"); headers && headers->is_mapping()) n += headers->members().size();
    }
  }
  out.reserve(n);
  for (const Connection& c : v.connections) {
    const Node* cfg = c.cfg();
    const Node* api_type = c.cfg_string("api_type");
    const bool responses = api_type && api_type->text == "responses";
    // An env item with `$` may be expanded by whatever loads the file (docker compose,
    // python-dotenv): its final value is unknown.
    if (c.url && !c.url->text.empty() && !(v.env_form && c.url->text.find('$') != std::string::npos)) {
      Field f = make(c.url, FieldRole::Url, doc.arena->keep(c.label()));
      f.sends_key = sends_key(c);
      f.chat_route = !responses;
      out.push_back(std::move(f));
    }
    if (!cfg) continue;
    const std::string entry = "api_configs[\"" + c.config->key.text + "\"]";
    // api_version is read only on the Azure route, and not at all on a v1 base (/openai/v1).
    const Node* version = c.cfg_string("api_version");
    if (c.azure() && version && !version->text.empty() && v1_base_end(c.url_text()) == std::string::npos) {
      Field f = make(version, FieldRole::ApiVersion, doc.arena->keep(entry + ".api_version"));
      f.chat_route = !responses;
      // model_ids are Azure deployment names, usually named after their model.
      std::vector<std::string_view> models;
      if (const Node* ids = cfg->get("model_ids"); ids && ids->is_sequence())
        for (const Node& id : ids->items())
          if (id.is_string()) models.push_back(id.text);
      f.models = Field::models_of(doc, std::move(models));
      out.push_back(std::move(f));
    }
    if (const Node* headers = cfg->get("headers"); headers && headers->is_mapping())
      for (const Member& m : headers->members())
        if (m.value.is_string()) out.push_back(make(&m.value, FieldRole::Header, ""));
  }
  // Every key, also one past the last URL (Open WebUI drops it, but it is written in the file).
  for (size_t i = 0; i < v.key_items.size(); ++i) {
    const Node* k = v.key_items[i];
    if (!k || k->text.empty()) continue;
    Field f = make(k, FieldRole::ApiKey, doc.arena->keep(v.keys_name + "[" + std::to_string(i) + "]"));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace azlint::openwebui
