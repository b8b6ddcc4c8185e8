#include "lint/schema_node.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace azlint {

std::string_view unknown_keys_name(UnknownKeys mode) {
  switch (mode) {
    case UnknownKeys::Strict: return "strict";
    case UnknownKeys::Strip: return "strip";
    case UnknownKeys::Passthrough: break;
  }
  return "passthrough";
}

namespace schema_node {

namespace {

constexpr const char* kAnnotation = "x-azlint-unknown-keys";
constexpr int kMaxRefs = 32;  // a chain of `$ref`s longer than this is a loop

const json* at_pointer(const json& root, const std::string& ref) {
  if (ref == "#") return &root;
  if (ref.rfind("#/", 0) != 0) return nullptr;
  const json* cur = &root;
  size_t pos = 1;
  while (cur && pos < ref.size()) {
    size_t next = ref.find('/', pos + 1);
    std::string token = ref.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
    for (size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i)  // ~1 -> /, ~0 -> ~
      if (i + 1 < token.size()) token.replace(i, 2, token[i + 1] == '1' ? "/" : "~");
    if (cur->is_object()) {
      auto it = cur->find(token);
      cur = it == cur->end() ? nullptr : &*it;
    } else if (cur->is_array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos &&
               token.size() < 10 && std::stoul(token) < cur->size()) {
      cur = &(*cur)[std::stoul(token)];
    } else {
      cur = nullptr;
    }
    pos = next == std::string::npos ? ref.size() : next;
  }
  return cur;
}

}  // namespace

const json* resolve(const json& root, const json* s) {
  for (int i = 0; s && s->is_object(); ++i) {
    auto ref = s->find("$ref");
    if (ref == s->end()) return s;
    if (i == kMaxRefs || !ref->is_string()) return nullptr;
    s = at_pointer(root, ref->get<std::string>());
  }
  return s;
}

bool annotated(const json& s) { return s.is_object() && s.contains(kAnnotation); }

UnknownKeys unknown_keys(const json& s) {
  if (!s.is_object()) return UnknownKeys::Passthrough;
  auto a = s.find(kAnnotation);
  if (a != s.end() && a->is_string()) {
    const std::string& m = a->get_ref<const std::string&>();
    if (m == "strict") return UnknownKeys::Strict;
    if (m == "strip") return UnknownKeys::Strip;
    return UnknownKeys::Passthrough;
  }
  auto ap = s.find("additionalProperties");
  return ap != s.end() && ap->is_boolean() && !ap->get<bool>() ? UnknownKeys::Strict : UnknownKeys::Passthrough;
}

namespace {

void declared_in(const json& root, const json& s, std::vector<std::string>& out, int depth) {
  auto props = s.find("properties");
  if (props != s.end() && props->is_object())
    for (auto it = props->begin(); it != props->end(); ++it)
      if (std::find(out.begin(), out.end(), it.key()) == out.end()) out.push_back(it.key());
  auto all = s.find("allOf");
  if (all != s.end() && all->is_array())
    for (const json& m : *all)
      if (const json* r = resolve(root, &m); r && r->is_object() && depth < kMaxRefs) declared_in(root, *r, out, depth + 1);
}

const json* declared_at(const json& root, const json& s, const std::string& key, int depth) {
  auto props = s.find("properties");
  if (props != s.end() && props->is_object()) {
    auto it = props->find(key);
    if (it != props->end()) return &*it;
  }
  auto all = s.find("allOf");
  if (all != s.end() && all->is_array() && depth < kMaxRefs)
    for (const json& m : *all)
      if (const json* r = resolve(root, &m); r && r->is_object())
        if (const json* p = declared_at(root, *r, key, depth + 1)) return p;
  return nullptr;
}

}  // namespace

void declared_properties(const json& root, const json& s, std::vector<std::string>& out) { declared_in(root, s, out, 0); }

const json* declared_property(const json& root, const json& s, const std::string& key) {
  return declared_at(root, s, key, 0);
}

std::string text(const json& s, const char* key) {
  if (!s.is_object()) return {};
  auto it = s.find(key);
  return it != s.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string re2_pattern(const json& s) {
  std::string pattern = text(s, "pattern");
  if (pattern.empty()) return pattern;
  std::string group;
  for (char f : text(s, "x-azlint-pattern-flags"))
    if ((f == 'i' || f == 'm' || f == 's') && group.find(f) == std::string::npos) group += f;
  return group.empty() ? pattern : "(?" + group + ")" + pattern;
}

}  // namespace schema_node
}  // namespace azlint
