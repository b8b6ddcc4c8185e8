#include "lint/schema_lookup.h"

#include <map>
#include <mutex>

#include <nlohmann/json.hpp>

#include "lint/embedded.h"

namespace azlint {

namespace {

using json = nlohmann::json;

const json* schema_doc(std::string_view path) {
  static std::mutex mu;
  static std::map<std::string, json, std::less<>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(path);
  if (it == cache.end()) {
    std::string_view text = path.empty() ? std::string_view() : embedded_file(path);
    json j = text.empty() ? json() : json::parse(text, nullptr, false);
    it = cache.emplace(std::string(path), std::move(j)).first;
  }
  return it->second.is_object() ? &it->second : nullptr;
}

const json* resolve(const json& root, const json* s) {
  for (int guard = 0; s && s->is_object() && s->contains("$ref") && guard < 16; ++guard) {
    std::string ref = (*s)["$ref"].get<std::string>();
    if (ref.rfind("#/", 0) != 0) return s;
    json::json_pointer p(ref.substr(1));
    s = root.contains(p) ? &root.at(p) : nullptr;
  }
  return s;
}


const json* child(const json& root, const json* s, const std::string& token) {
  s = resolve(root, s);
  if (!s || !s->is_object()) return nullptr;
  if (s->contains("properties") && (*s)["properties"].contains(token)) return resolve(root, &(*s)["properties"][token]);
  if (s->contains("items") && (*s)["items"].is_object()) {
    bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
    if (index) return resolve(root, &(*s)["items"]);
  }
  if (s->contains("patternProperties") && !(*s)["patternProperties"].empty())
    return resolve(root, &(*s)["patternProperties"].begin().value());
  if (s->contains("additionalProperties") && (*s)["additionalProperties"].is_object())
    return resolve(root, &(*s)["additionalProperties"]);
  // look into anyOf/oneOf branches for the first that knows the token
  for (const char* k : {"anyOf", "oneOf", "allOf"}) {
    if (!s->contains(k)) continue;
    for (const json& b : (*s)[k])
      if (const json* c = child(root, &b, token)) return c;
  }
  return nullptr;
}

void add_types(const json& root, const json* s, std::vector<std::string>& out) {
  s = resolve(root, s);
  if (!s || !s->is_object()) return;
  if (s->contains("type")) {
    const json& t = (*s)["type"];
    if (t.is_string()) out.push_back(t.get<std::string>());
    else if (t.is_array()) for (const json& x : t) out.push_back(x.get<std::string>());
  }
  for (const char* k : {"anyOf", "oneOf"})
    if (s->contains(k))
      for (const json& b : (*s)[k]) add_types(root, &b, out);
}

}  // namespace

SchemaInfo schema_info(std::string_view schema_path, std::string_view pointer) {
  SchemaInfo info;
  const json* root = schema_doc(schema_path);
  if (!root) return info;
  const json* s = resolve(*root, root);
  size_t pos = 0;
  while (s && pos < pointer.size()) {
    size_t next = pointer.find('/', pos + 1);
    std::string token = pointer_unescape(pointer.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1));
    s = child(*root, s, token);
    if (next == std::string_view::npos) break;
    pos = next;
  }
  if (!s || !s->is_object()) return info;
  info.found = true;
  add_types(*root, s, info.types);
  if (s->contains("properties"))
    for (auto it = (*s)["properties"].begin(); it != (*s)["properties"].end(); ++it) info.properties.push_back(it.key());
  if (s->contains("enum"))
    for (const json& v : (*s)["enum"]) info.enum_values.push_back(v.dump());
  if (s->contains("description")) info.description = (*s)["description"].get<std::string>();
  info.closed = s->contains("additionalProperties") && (*s)["additionalProperties"].is_boolean() &&
                !(*s)["additionalProperties"].get<bool>();
  if (s->contains("minLength")) info.min_length = (*s)["minLength"].get<long>();
  if (s->contains("minItems")) info.min_items = (*s)["minItems"].get<long>();
  if (s->contains("pattern")) info.pattern = (*s)["pattern"].get<std::string>();
  if (s->contains("x-azlint-unknown-keys") && (*s)["x-azlint-unknown-keys"].is_string())
    info.unknown_keys = (*s)["x-azlint-unknown-keys"].get<std::string>();
  return info;
}

}  // namespace azlint
