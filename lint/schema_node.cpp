#include "lint/schema_node.h"

#include <algorithm>

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

const Value* at_pointer(const Value& root, std::string_view ref) {
  if (ref == "#") return &root;
  if (ref.substr(0, 2) != "#/") return nullptr;
  const Value* cur = &root;
  size_t pos = 1;
  while (cur && pos < ref.size()) {
    size_t next = ref.find('/', pos + 1);
    std::string token(ref.substr(pos + 1, next == std::string_view::npos ? std::string_view::npos : next - pos - 1));
    for (size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i)  // ~1 -> /, ~0 -> ~
      if (i + 1 < token.size()) token.replace(i, 2, token[i + 1] == '1' ? "/" : "~");
    if (cur->is_object()) {
      cur = cur->find(token);
    } else if (cur->is_array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos &&
               token.size() < 10 && std::stoul(token) < cur->size()) {
      cur = &(*cur)[std::stoul(token)];
    } else {
      cur = nullptr;
    }
    pos = next == std::string_view::npos ? ref.size() : next;
  }
  return cur;
}

}  // namespace

const Value* resolve(const Value& root, const Value* s) {
  for (int i = 0; s && s->is_object(); ++i) {
    const Value* ref = s->find("$ref");
    if (!ref) return s;
    if (i == kMaxRefs || !ref->is_string()) return nullptr;
    s = at_pointer(root, ref->string());
  }
  return s;
}

bool annotated(const Value& s) { return s.is_object() && s.contains(kAnnotation); }

UnknownKeys unknown_keys(const Value& s) {
  if (!s.is_object()) return UnknownKeys::Passthrough;
  const Value* a = s.find(kAnnotation);
  if (a && a->is_string()) {
    std::string_view m = a->string();
    if (m == "strict") return UnknownKeys::Strict;
    if (m == "strip") return UnknownKeys::Strip;
    return UnknownKeys::Passthrough;
  }
  const Value* ap = s.find("additionalProperties");
  return ap && ap->is_boolean() && !ap->boolean() ? UnknownKeys::Strict : UnknownKeys::Passthrough;
}

namespace {

void declared_in(const Value& root, const Value& s, std::vector<std::string>& out, int depth) {
  const Value* props = s.find("properties");
  if (props && props->is_object())
    for (const Value& p : *props)
      if (std::find(out.begin(), out.end(), p.key()) == out.end()) out.emplace_back(p.key());
  const Value* all = s.find("allOf");
  if (all && all->is_array())
    for (const Value& m : *all)
      if (const Value* r = resolve(root, &m); r && r->is_object() && depth < kMaxRefs) declared_in(root, *r, out, depth + 1);
}

const Value* declared_at(const Value& root, const Value& s, std::string_view key, int depth) {
  const Value* props = s.find("properties");
  if (props && props->is_object())
    if (const Value* p = props->find(key)) return p;
  const Value* all = s.find("allOf");
  if (all && all->is_array() && depth < kMaxRefs)
    for (const Value& m : *all)
      if (const Value* r = resolve(root, &m); r && r->is_object())
        if (const Value* p = declared_at(root, *r, key, depth + 1)) return p;
  return nullptr;
}

}  // namespace

void declared_properties(const Value& root, const Value& s, std::vector<std::string>& out) { declared_in(root, s, out, 0); }

const Value* declared_property(const Value& root, const Value& s, std::string_view key) {
  return declared_at(root, s, key, 0);
}

std::string text(const Value& s, const char* key) {
  const Value* it = s.find(key);
  return it && it->is_string() ? std::string(it->string()) : std::string();
}

std::string re2_pattern(const Value& s) {
  std::string pattern = text(s, "pattern");
  if (pattern.empty()) return pattern;
  std::string group;
  for (char f : text(s, "x-azlint-pattern-flags"))
    if ((f == 'i' || f == 'm' || f == 's') && group.find(f) == std::string::npos) group += f;
  return group.empty() ? pattern : "(?" + group + ")" + pattern;
}

}  // namespace schema_node
}  // namespace azlint
