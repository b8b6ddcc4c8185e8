#include "lint/schema_lookup.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include <re2/re2.h>

#include "lint/embedded.h"
#include "lint/gateway.h"
#include "lint/schema.h"

namespace azlint {

namespace {

using Value = dom::Value;
namespace sn = schema_node;

constexpr int kMaxDepth = 32;

bool is_index(const std::string& token) {
  return !token.empty() && token.size() < 10 && token.find_first_not_of("0123456789") == std::string::npos;
}

bool pattern_matches(std::string_view pattern, const std::string& text) {
  RE2::Options o;
  o.set_log_errors(false);
  RE2 re(std::string(pattern), o);
  return re.ok() && RE2::PartialMatch(text, re);
}

std::string join(const std::string& path, const std::string& piece) {
  if (piece == "[]") return path + piece;
  return path.empty() ? piece : path + "." + piece;
}

struct Step {
  const Value* schema = nullptr;
  std::string path;
};

// The schema of one token below s (a key or an index); what it reads is written in unmodelled.json's
// path form: "key", "[]" for an item, "*" for a record's entry.
Step child(const Value& root, const Value* s, const std::string& token, const std::string& path, int depth) {
  s = sn::resolve(root, s);
  if (!s || !s->is_object() || depth > kMaxDepth) return {};
  if (const Value* p = sn::declared_property(root, *s, token)) return {sn::resolve(root, p), join(path, token)};
  if (const Value* items = s->find("items"); items && is_index(token)) {
    if (items->is_object()) return {sn::resolve(root, items), join(path, "[]")};
    if (items->is_array() && std::stoul(token) < items->size()) return {sn::resolve(root, &(*items)[std::stoul(token)]), join(path, "[]")};
  }
  if (const Value* pp = s->find("patternProperties"); pp && pp->is_object())
    for (const Value& p : *pp)
      if (pattern_matches(p.key(), token)) return {sn::resolve(root, &p), join(path, "*")};
  if (const Value* ap = s->find("additionalProperties"); ap && ap->is_object())
    return {sn::resolve(root, ap), join(path, "*")};
  // A union: the first branch that declares the key, else the first that reaches it at all.
  for (bool declared_only : {true, false})
    for (const char* k : {"anyOf", "oneOf", "allOf"}) {
      const Value* b = s->find(k);
      if (!b || !b->is_array()) continue;
      for (const Value& branch : *b) {
        const Value* r = sn::resolve(root, &branch);
        if (!r || !r->is_object()) continue;
        if (declared_only && !sn::declared_property(root, *r, token)) continue;
        Step c = child(root, r, token, path, depth + 1);
        if (c.schema) return c;
      }
    }
  return {};
}

// Each branch of s that is a schema of its own (s itself, its anyOf/oneOf/allOf members, resolved).
template <typename Fn>
void each_part(const Value& root, const Value* s, Fn fn, int depth = 0) {
  s = sn::resolve(root, s);
  if (!s || !s->is_object() || depth > kMaxDepth) return;
  fn(*s);
  for (const char* k : {"anyOf", "oneOf", "allOf"})
    if (const Value* b = s->find(k); b && b->is_array())
      for (const Value& x : *b) each_part(root, &x, fn, depth + 1);
}

void add_unique(std::vector<std::string>& out, std::string_view v) {
  if (std::find(out.begin(), out.end(), v) == out.end()) out.emplace_back(v);
}

// azlint's own hover texts for a gateway whose generated schema has few (LibreChat's zod schemas
// carry almost none): schemas/descriptions/<gateway>.json, key path -> text.
std::string own_description(const std::string& gateway, const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<const dom::Document>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(gateway);
  if (it == cache.end())
    it = cache.emplace(gateway, dom::Document::read_embedded(embedded_file("schemas/descriptions/" + gateway + ".json"))).first;
  const Value* d = it->second ? it->second->root().find(path) : nullptr;
  return d && d->is_string() ? std::string(d->string()) : std::string();
}

SchemaInfo lookup(const std::string& schema_path, const std::string& gateway, std::string_view pointer) {
  SchemaInfo info;
  const Value* root = schema_document(schema_path);
  if (!root) return info;
  Step at{sn::resolve(*root, root), ""};
  size_t pos = 0;
  while (at.schema && pos < pointer.size()) {
    size_t next = pointer.find('/', pos + 1);
    std::string token = pointer_unescape(pointer.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1));
    at = child(*root, at.schema, token, at.path, 0);
    if (next == std::string_view::npos) break;
    pos = next;
  }
  const Value* s = at.schema;
  if (!s || !s->is_object()) return info;
  info.found = true;
  info.path = at.path;
  bool moded = false;
  each_part(*root, s, [&](const Value& part) {
    if (const Value* t = part.find("type")) {
      if (t->is_string()) add_unique(info.types, t->string());
      else if (t->is_array())
        for (const Value& x : *t)
          if (x.is_string()) add_unique(info.types, x.string());
    }
    if (const Value* p = part.find("properties"); p && p->is_object())
      for (const Value& x : *p) add_unique(info.properties, x.key());
    if (const Value* r = part.find("required"); r && r->is_array())
      for (const Value& x : *r)
        if (x.is_string()) add_unique(info.required, x.string());
    if (const Value* e = part.find("enum"); e && e->is_array())
      for (const Value& v : *e) add_unique(info.enum_values, v.dump());
    if (const Value* c = part.find("const")) add_unique(info.enum_values, c->dump());
    if (info.description.empty()) info.description = sn::text(part, "description");
    if (!moded && (sn::annotated(part) || part.contains("properties") || part.contains("additionalProperties"))) {
      info.mode = sn::unknown_keys(part);
      moded = true;
    }
    if (const Value* m = part.find("minLength"); info.min_length < 0 && m && m->is_number()) info.min_length = m->to_long();
    if (const Value* m = part.find("minItems"); info.min_items < 0 && m && m->is_number()) info.min_items = m->to_long();
    if (info.pattern.empty()) info.pattern = sn::text(part, "pattern");
  });
  info.closed = moded && info.mode != UnknownKeys::Passthrough;
  if (info.description.empty()) info.description = own_description(gateway, info.path);
  return info;
}

}  // namespace

SchemaInfo schema_info(std::string_view schema_path, std::string_view gateway, std::string_view pointer) {
  return lookup(std::string(schema_path), std::string(gateway), pointer);
}

SchemaInfo schema_info(const Document& doc, std::string_view pointer) {
  return doc.gateway ? schema_info(schema_path(doc), doc.gateway->id(), pointer) : SchemaInfo{};
}

}  // namespace azlint
