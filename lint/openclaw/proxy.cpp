#include "lint/openclaw/proxy.h"
#include "lint/ascii.h"
#include "lint/gateway.h"
#include "lint/links.h"
#include "lint/wildcard.h"
#include "lint/url.h"

#include <cctype>
#include <unordered_map>

namespace azlint::openclaw {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

// A YAML value the proxy reads as true (PyYAML bool, or a string Python finds truthy).
bool truthy(const Node* n) {
  if (!n) return false;
  if (n->is_bool()) return n->boolean;
  if (n->is_string()) {
    std::string t = lower(n->text);
    return t == "true" || t == "yes" || t == "on" || t == "1" || t.rfind("os.environ/", 0) == 0;
  }
  return false;
}

UrlParts split(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return split_url(s);
}

}  // namespace

bool ProxyEntry::azure() const {
  return model.rfind("azure/", 0) == 0 || model.rfind("azure_ai/", 0) == 0 || model.rfind("azure_text/", 0) == 0;
}

bool Proxy::serves(std::string_view model) const {
  for (const std::string& a : aliases)
    if (a == model) return true;
  return !entries_for(model).empty();
}

std::vector<const ProxyEntry*> Proxy::entries_for(std::string_view model) const {
  std::vector<const ProxyEntry*> out;
  for (const ProxyEntry& e : entries)
    if (e.name == model) out.push_back(&e);
  if (!out.empty()) return out;
  for (const ProxyEntry& e : entries)
    if (e.name.find('*') != std::string::npos && wildcard_match(e.name, model)) out.push_back(&e);
  return out;
}

std::vector<std::string_view> Proxy::names() const {
  std::vector<std::string_view> out;
  for (const ProxyEntry& e : entries) {
    bool seen = false;
    for (std::string_view n : out) seen |= n == e.name;
    if (!seen) out.push_back(e.name);
  }
  for (const std::string& a : aliases) out.push_back(a);
  return out;
}

Span Proxy::model_list_span() const {
  if (model_list) return model_list->key_or_value_span();
  return {0, 0};
}

Span Proxy::settings_span() const {
  if (drop_params) return drop_params->key_or_value_span();
  if (settings) return settings->key_or_value_span();
  return model_list_span();
}

Proxy read_proxy(const Document& doc) {
  Proxy p;
  p.doc = &doc;
  const Node& root = doc.root;
  if (!root.is_mapping()) return p;
  p.model_list = root.get("model_list");
  if (const Node* s = root.get("litellm_settings"); s && s->is_mapping()) {
    p.settings = s;
    p.drop_params = s->get("drop_params");
    p.drops_params = truthy(p.drop_params);
  }
  if (p.model_list && p.model_list->is_sequence()) {
    for (const Node& item : p.model_list->items()) {
      if (!item.is_mapping()) continue;
      const Node* name = item.get("model_name");
      if (!name || !name->is_scalar() || name->is_null()) continue;
      ProxyEntry e;
      e.node = &item;
      e.model_name = name;
      e.name = name->text;
      if (const Node* lp = item.get("litellm_params"); lp && lp->is_mapping()) {
        if (const Node* m = lp->get("model"); m && m->is_string()) e.model = m->text;
        e.drops_store = truthy(lp->get("drop_params"));
        if (const Node* extra = lp->get("additional_drop_params"); extra && extra->is_sequence())
          for (const Node& x : extra->items()) e.drops_store |= x.is_string() && x.text == "store";
      }
      p.entries.push_back(std::move(e));
    }
  }
  if (const Node* rs = root.get("router_settings"); rs && rs->is_mapping())
    if (const Node* alias = rs->get("model_group_alias"); alias && alias->is_mapping())
      for (const Member& m : alias->members()) p.aliases.push_back(m.key.text);
  return p;
}

Reach proxies_for(const Node* base_url, std::string_view api, const Context& ctx) {
  Reach out;
  if (!base_url || !base_url->is_string() || !ctx.project()) return out;
  std::optional<std::string> url = resolve(base_url->text, ctx.env());
  if (!url) return out;
  UrlParts u = split(*url);
  if ((u.scheme != "http" && u.scheme != "https") || u.host.empty()) return out;
  const bool same_folder = u.port == "4000" || (is_loopback_host(u.host) && api != "ollama" && u.port != "11434");
  const Address to = address_of(u);
  // Once per address of the document: a file of many providers on one proxy asks again and again.
  struct Memo {
    std::unordered_map<std::string, Reach> by_address;
  };
  std::string key = to.host + '\n' + to.port + (same_folder ? "\n1" : "\n0");
  auto& memo = ctx.memo<Memo>().by_address;
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  LinkedConfigs linked = linked_proxy_configs(*ctx.project(), ctx.doc(), ctx.config(), to, same_folder);
  for (const Document* d : linked.docs) out.proxies.push_back(&ctx.project()->summary<Proxy>(*d, read_proxy));
  out.via = std::move(linked.via);
  memo.emplace(std::move(key), out);
  return out;
}

}  // namespace azlint::openclaw
