#include "lint/schema.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <re2/re2.h>

#include "lint/embedded.h"
#include "lint/gateway.h"
#include "lint/schema_index.h"

namespace azlint {

using Value = dom::Value;
namespace sn = schema_node;

// --- The embedded schemas --------------------------------------------------------------------

KeyPolicy key_policy(UnknownKeys mode) {
  switch (mode) {
    case UnknownKeys::Strict: return KeyPolicy::Refused;
    case UnknownKeys::Strip: return KeyPolicy::Dropped;
    case UnknownKeys::Passthrough: break;
  }
  return KeyPolicy::Kept;
}

const dom::Value* schema_document(const std::string& path) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<const dom::Document>> cache;
  if (path.empty()) return nullptr;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(path);
  if (it == cache.end()) it = cache.emplace(path, dom::Document::read_embedded(embedded_file(path))).first;
  return it->second && it->second->root().is_object() ? &it->second->root() : nullptr;
}

// --- The validator ---------------------------------------------------------------------------

namespace {

constexpr size_t kMaxVisits = 4'000'000;  // schema-node visits per document: bounded work on any input
constexpr int kMaxDepth = 2048;            // nested checks (the document's own depth is bounded by the loader)

using Kind = SchemaError::Kind;

bool is_date(const Node& n) { return n.kind == Node::Kind::String && n.implicit == Node::Implicit::Timestamp; }

bool integral(const Node& n) {
  return n.kind == Node::Kind::Number && std::isfinite(n.number()) && std::floor(n.number()) == n.number();
}

bool has_type(const Node& n, std::string_view t) {
  switch (n.kind) {
    case Node::Kind::Null: return t == "null";
    case Node::Kind::Bool: return t == "boolean";
    case Node::Kind::Number: return t == "number" || (t == "integer" && integral(n));
    case Node::Kind::String: return t == "string" && !is_date(n);  // js-yaml reads an unquoted date as a Date
    case Node::Kind::Sequence: return t == "array";
    case Node::Kind::Mapping: return t == "object";
  }
  return false;
}

bool type_ok(const Value& type, const Node& n) {
  if (type.is_string()) return has_type(n, type.string());
  if (type.is_array())
    return std::any_of(type.begin(), type.end(), [&](const Value& t) { return t.is_string() && has_type(n, t.string()); });
  return true;
}

// The JSON type of a value, as the schema names it.
const char* json_type(const Value& v) {
  if (v.is_null()) return "null";
  if (v.is_boolean()) return "boolean";
  if (v.is_number()) return "number";
  if (v.is_string()) return "string";
  if (v.is_array()) return "array";
  return "object";
}

// The members of a mapping that count (the last of duplicate keys, as every parser keeps).
std::vector<const Member*> last_members(const Node& map) {
  std::vector<const Member*> out;
  out.reserve(map.members().size());
  if (map.members().size() <= 16) {  // a small mapping: compared pairwise, no hash set
    for (size_t i = 0; i < map.members().size(); ++i) {
      bool later = false;
      for (size_t j = i + 1; j < map.members().size() && !later; ++j) later = map.members()[j].key.text == map.members()[i].key.text;
      if (!later) out.push_back(&map.members()[i]);
    }
    return out;
  }
  std::unordered_set<std::string_view> seen;
  for (auto it = map.members().rbegin(); it != map.members().rend(); ++it)
    if (seen.insert(it->key.text).second) out.push_back(&*it);
  std::reverse(out.begin(), out.end());
  return out;
}

bool equals(const Node& n, const Value& v) {
  switch (n.kind) {
    case Node::Kind::Null: return v.is_null();
    case Node::Kind::Bool: return v.is_boolean() && v.boolean() == n.boolean;
    case Node::Kind::Number: return v.is_number() && v.number() == n.number();
    case Node::Kind::String: return !is_date(n) && v.is_string() && v.string() == n.text;
    case Node::Kind::Sequence:
      if (!v.is_array() || v.size() != n.items().size()) return false;
      for (size_t i = 0; i < n.items().size(); ++i)
        if (!equals(n.items()[i], v[i])) return false;
      return true;
    case Node::Kind::Mapping: {
      if (!v.is_object()) return false;
      std::vector<const Member*> ms = last_members(n);
      if (ms.size() != v.size()) return false;
      for (const Member* m : ms) {
        const Value* it = v.find(m->key.text);
        if (!it || !equals(m->value, *it)) return false;
      }
      return true;
    }
  }
  return false;
}

// The length JavaScript and JSON Schema validators count: code points (UTF-8 lead bytes).
size_t length(const std::string& s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string number_text(const Value& v) {
  if (v.is_number_integer()) return v.dump();
  return fmt::format("{}", v.number());
}

class Validator {
 public:
  explicit Validator(const SchemaIndex& index) : index_(index), table_(index.thread_table()), root_(index.root()) {}

  // True when the node satisfies the schema; failures and silently dropped keys go to out.
  // unknown_here: this schema decides about undeclared keys (false for an allOf member whose
  // parent carries the gateway's annotation).
  bool check(const Value* schema, const Node& n, std::vector<SchemaError>& out, bool unknown_here = true, int depth = 0) {
    if (++visits_ > kMaxVisits || depth > kMaxDepth) return true;
    const Value* s = nullptr;
    const SchemaKeywords* kp = resolve(schema, s);
    if (!s) return true;
    if (s->is_boolean()) {
      if (s->boolean()) return true;
      out.push_back(error(Kind::Not, nullptr, n));
      return false;
    }
    if (!kp) return true;
    const SchemaKeywords& k = *kp;
    if (k.type && !type_ok(*k.type, n)) {
      SchemaError e = error(Kind::Type, kp, n);
      add_types(s, e.expected, depth);
      out.push_back(std::move(e));
      return false;
    }
    if (k.constant && !equals(n, *k.constant)) {
      SchemaError e = error(Kind::Const, kp, n);
      e.allowed.push_back(k.constant->dump());
      out.push_back(std::move(e));
      return false;
    }
    if (const Value* en = k.enumeration; en && en->is_array() &&
                                         std::none_of(en->begin(), en->end(), [&](const Value& v) { return equals(n, v); })) {
      SchemaError e = error(Kind::Enum, kp, n);
      for (const Value& v : *en) e.allowed.push_back(v.dump());
      out.push_back(std::move(e));
      return false;
    }
    bool ok = true;
    switch (n.kind) {
      case Node::Kind::String: ok = check_string(k, n, out); break;
      case Node::Kind::Number: ok = check_number(k, n, out); break;
      case Node::Kind::Sequence: ok = check_array(k, n, out, depth); break;
      case Node::Kind::Mapping: ok = check_object(k, n, out, unknown_here, depth); break;
      default: break;
    }
    if (const Value* all = k.all_of; all && all->is_array()) {
      bool members_decide = !k.annotated;  // else the parent's annotation decides about unknown keys
      for (const Value& m : *all) ok = check(&m, n, out, members_decide, depth + 1) && ok;
    }
    for (const Value* b : {k.any_of, k.one_of})
      if (b && b->is_array()) ok = branches(*b, n, out, depth) && ok;
    if (const Value* no = k.negation) {
      std::vector<SchemaError> ignored;
      if (check(no, n, ignored, true, depth + 1)) {
        out.push_back(error(Kind::Not, kp, n));
        ok = false;
      }
    }
    if (const Value* cond = k.if_) {
      std::vector<SchemaError> ignored;
      const Value* then = check(cond, n, ignored, true, depth + 1) ? k.then_ : k.else_;
      if (then) ok = check(then, n, out, true, depth + 1) && ok;
    }
    return ok;
  }

 private:
  // The node `$ref`s lead from schema to (s), and its keywords when it is an object.
  const SchemaKeywords* resolve(const Value* schema, const Value*& s) const {
    if (const SchemaKeywords* k = index_.of(schema, table_)) {
      s = k->target;
      return k->target_keywords;
    }
    s = schema;  // not an object: no `$ref`
    return nullptr;
  }

  SchemaError error(Kind kind, const SchemaKeywords* k, const Node& n) const {
    SchemaError e;
    e.kind = kind;
    e.pointer = n.pointer();
    if (k && k->description) e.description = k->description->string();
    return e;
  }

  // The JSON types a schema admits, through unions ("string", "boolean", …), for messages.
  void add_types(const Value* s, std::vector<std::string>& out, int depth) const {
    s = sn::resolve(root_, s);
    if (!s || !s->is_object() || depth > kMaxDepth) return;
    auto add = [&](std::string_view t) {
      if (std::find(out.begin(), out.end(), t) == out.end()) out.emplace_back(t);
    };
    if (const Value* t = s->find("type")) {
      if (t->is_string()) add(t->string());
      else if (t->is_array())
        for (const Value& x : *t)
          if (x.is_string()) add(x.string());
      return;
    }
    if (const Value* c = s->find("const")) add(json_type(*c));
    for (const char* k : {"anyOf", "oneOf"})
      if (const Value* b = s->find(k); b && b->is_array())
        for (const Value& x : *b) add_types(&x, out, depth + 1);
  }

  // Could the node be of this schema's kind at all (its type, its constant's type)? A union's
  // branch that could not is not a candidate for the node's errors. `{"not": {}}` is zod's
  // `undefined`: no value written in a file is one.
  bool compatible(const Value* schema, const Node& n, int depth) const {
    const Value* s = nullptr;
    const SchemaKeywords* k = resolve(schema, s);
    if (!s || depth > 64) return true;
    if (s->is_boolean()) return s->boolean();
    if (!k) return true;
    if (const Value* no = k->negation; no && no->is_object() && no->empty()) return false;
    if (k->type && !type_ok(*k->type, n)) return false;
    if (k->constant && !has_type(n, json_type(*k->constant))) return false;
    if (const Value* en = k->enumeration; en && en->is_array() && !en->empty() &&
                                          std::none_of(en->begin(), en->end(), [&](const Value& v) { return has_type(n, json_type(v)); }))
      return false;
    for (const Value* b : {k->any_of, k->one_of})
      if (b && b->is_array() && !b->empty() &&
          std::none_of(b->begin(), b->end(), [&](const Value& x) { return compatible(&x, n, depth + 1); }))
        return false;
    if (const Value* all = k->all_of; all && all->is_array())
      for (const Value& x : *all)
        if (!compatible(&x, n, depth + 1)) return false;
    return true;
  }

  // How far a mapping is from an object branch: the declared constants (a discriminator such as
  // `source: "env"`) it contradicts, and those it matches.
  std::pair<int, int> discriminators(const Value* b, const Node& n) const {
    int mismatched = 0, matched = 0;
    b = sn::resolve(root_, b);
    if (!b || !b->is_object() || !n.is_mapping()) return {0, 0};
    std::vector<std::string> keys;
    sn::declared_properties(root_, *b, keys);
    for (const std::string& k : keys) {
      const Value* p = sn::resolve(root_, sn::declared_property(root_, *b, k));
      if (!p || !p->is_object()) continue;
      const Value* c = p->find("const");
      if (!c)
        if (const Value* en = p->find("enum"); en && en->is_array() && en->size() == 1) c = &(*en)[0];
      const Node* v = c ? n.get(k) : nullptr;
      if (!v) continue;
      (equals(*v, *c) ? matched : mismatched) += 1;
    }
    return {mismatched, matched};
  }

  // anyOf / oneOf (zod unions): valid when a branch is (the first, as zod takes it; a oneOf that
  // two branches satisfy is not reported). Otherwise the errors of the branch closest to the node.
  bool branches(const Value& list, const Node& n, std::vector<SchemaError>& out, int depth) {
    struct Tried {
      std::vector<SchemaError> errors;
      std::tuple<int, int, size_t> score;  // (contradicted constants, -matched constants, failures)
    };
    std::vector<Tried> tried;
    for (const Value& b : list) {
      if (!compatible(&b, n, 0)) continue;
      std::vector<SchemaError> errs;
      if (check(&b, n, errs, true, depth + 1)) {
        for (SchemaError& e : errs) out.push_back(std::move(e));  // the keys this branch drops
        return true;
      }
      auto [mismatched, matched] = discriminators(&b, n);
      size_t failures = static_cast<size_t>(std::count_if(errs.begin(), errs.end(), [](const SchemaError& e) { return e.failure(); }));
      tried.push_back({std::move(errs), {mismatched, -matched, failures}});
    }
    if (tried.empty()) {  // no branch of the node's type
      SchemaError e;
      e.kind = Kind::Type;
      e.pointer = n.pointer();
      for (const Value& b : list) add_types(&b, e.expected, depth + 1);
      out.push_back(std::move(e));
      return false;
    }
    // Every branch a value of its own (`"auto" | "on" | "off"`): one finding listing them all.
    bool values_only = std::all_of(tried.begin(), tried.end(), [&](const Tried& t) {
      return t.errors.size() == 1 && t.errors[0].pointer == n.pointer() &&
             (t.errors[0].kind == Kind::Enum || t.errors[0].kind == Kind::Const);
    });
    if (values_only) {
      SchemaError e = tried.front().errors.front();
      e.kind = Kind::Enum;
      for (size_t i = 1; i < tried.size(); ++i)
        for (const std::string& v : tried[i].errors.front().allowed)
          if (std::find(e.allowed.begin(), e.allowed.end(), v) == e.allowed.end()) e.allowed.push_back(v);
      out.push_back(std::move(e));
      return false;
    }
    auto best = std::min_element(tried.begin(), tried.end(), [](const Tried& a, const Tried& b) { return a.score < b.score; });
    for (SchemaError& e : best->errors) out.push_back(std::move(e));
    return false;
  }

  bool check_string(const SchemaKeywords& s, const Node& n, std::vector<SchemaError>& out) {
    bool ok = true;
    if (!s.min_length && !s.max_length && !s.pattern) return ok;
    size_t len = length(n.text);
    if (const Value* m = s.min_length; m && m->is_number() && static_cast<double>(len) < m->number()) {
      SchemaError e = error(Kind::MinLength, &s, n);
      e.detail = number_text(*m);
      out.push_back(std::move(e));
      ok = false;
    }
    if (const Value* m = s.max_length; m && m->is_number() && static_cast<double>(len) > m->number()) {
      SchemaError e = error(Kind::MaxLength, &s, n);
      e.detail = number_text(*m);
      out.push_back(std::move(e));
      ok = false;
    }
    if (const Value* p = s.pattern; p && p->is_string() && !matches(s.re2_pattern, n.text)) {
      SchemaError e = error(Kind::Pattern, &s, n);
      e.detail = p->string();
      if (s.case_insensitive_pattern) e.detail += " (ignoring case)";
      out.push_back(std::move(e));
      ok = false;
    }
    return ok;  // `format` is not checked: the gateways' own checks differ from it (unmodelled `string-url`)
  }

  bool check_number(const SchemaKeywords& s, const Node& n, std::vector<SchemaError>& out) {
    struct Bound {
      const Value* SchemaKeywords::*key;
      const char* words;
      bool (*fails)(double value, double bound);
    };
    static const Bound kBounds[] = {
        {&SchemaKeywords::minimum, "at least", [](double v, double b) { return v < b; }},
        {&SchemaKeywords::maximum, "at most", [](double v, double b) { return v > b; }},
        {&SchemaKeywords::exclusive_minimum, "greater than", [](double v, double b) { return v <= b; }},
        {&SchemaKeywords::exclusive_maximum, "less than", [](double v, double b) { return v >= b; }},
    };
    for (const Bound& b : kBounds) {
      const Value* it = s.*(b.key);
      if (!it || !it->is_number() || !b.fails(n.number(), it->number())) continue;
      SchemaError e = error(Kind::Range, &s, n);
      e.detail = std::string(b.words) + " " + number_text(*it);
      out.push_back(std::move(e));
      return false;
    }
    if (const Value* m = s.multiple_of; m && m->is_number() && m->number() > 0) {
      double q = n.number() / m->number();
      if (std::isfinite(q) && std::fabs(q - std::round(q)) > 1e-9) {
        SchemaError e = error(Kind::Range, &s, n);
        e.detail = "a multiple of " + number_text(*m);
        out.push_back(std::move(e));
        return false;
      }
    }
    return true;
  }

  // minItems/maxItems, minProperties/maxProperties: a count within its bounds.
  bool sizes(const SchemaKeywords& s, const Node& n, size_t size, const Value* min, Kind min_kind, const Value* max,
             Kind max_kind, std::vector<SchemaError>& out) const {
    for (auto [it, kind, at_least] : {std::tuple{min, min_kind, true}, std::tuple{max, max_kind, false}}) {
      if (!it || !it->is_number()) continue;
      double bound = it->number();
      if (at_least ? static_cast<double>(size) >= bound : static_cast<double>(size) <= bound) continue;
      SchemaError e = error(kind, &s, n);
      e.detail = number_text(*it);
      out.push_back(std::move(e));
      return false;
    }
    return true;
  }

  bool check_array(const SchemaKeywords& s, const Node& n, std::vector<SchemaError>& out, int depth) {
    bool ok = sizes(s, n, n.items().size(), s.min_items, Kind::MinItems, s.max_items, Kind::MaxItems, out);
    const Value* items = s.items;
    if (!items) return ok;
    if (items->is_array()) {  // a tuple
      for (size_t i = 0; i < n.items().size(); ++i) {
        if (i < items->size()) {
          ok = check(&(*items)[i], n.items()[i], out, true, depth + 1) && ok;
        } else if (const Value* extra = s.additional_items) {
          ok = check(extra, n.items()[i], out, true, depth + 1) && ok;
        }
      }
      return ok;
    }
    for (const Node& item : n.items()) ok = check(items, item, out, true, depth + 1) && ok;
    return ok;
  }

  bool check_object(const SchemaKeywords& s, const Node& n, std::vector<SchemaError>& out, bool unknown_here, int depth) {
    bool ok = true;
    std::vector<const Member*> members = last_members(n);
    if (const Value* req = s.required; req && req->is_array()) {
      for (const Value& r : *req) {
        if (!r.is_string() || n.member(r.string())) continue;
        // A key with a default is filled in before the check (zod's input, a validator's defaults).
        const Value* p = sn::resolve(root_, sn::declared_property(root_, *s.node, r.string()));
        if (p && p->is_object() && p->contains("default")) continue;
        SchemaError e = error(Kind::Required, &s, n);
        e.property = r.string();
        out.push_back(std::move(e));
        ok = false;
      }
    }
    const Value* props = s.properties;
    const Value* patterns = s.pattern_properties;
    const Value* extra = s.additional_properties;
    const Value* names = s.property_names;
    const bool has_all_of = s.all_of != nullptr;
    const UnknownKeys mode = s.mode;
    for (const Member* m : members) {
      const std::string& key = m->key.text;
      if (names && !check_name(*names, s, n, key, out, depth)) {
        ok = false;
        continue;
      }
      if (props && props->is_object()) {
        if (const Value* p = props->find(key)) {
          ok = check(p, m->value, out, true, depth + 1) && ok;
          continue;
        }
      }
      bool matched = false;
      if (patterns && patterns->is_object())
        for (const Value& p : *patterns)
          if (matches(p.key(), key)) {
            matched = true;
            ok = check(&p, m->value, out, true, depth + 1) && ok;
          }
      if (matched || !unknown_here) continue;
      if (has_all_of && declares(s, key)) continue;  // an allOf member checks it
      if (extra && extra->is_object()) {
        ok = check(extra, m->value, out, true, depth + 1) && ok;
        continue;
      }
      if (mode == UnknownKeys::Passthrough) continue;
      SchemaError e = error(Kind::UnknownProperty, &s, n);
      e.property = key;
      e.mode = mode;
      sn::declared_properties(root_, *s.node, e.known);
      out.push_back(std::move(e));
      if (mode == UnknownKeys::Strict) ok = false;
    }
    return sizes(s, n, members.size(), s.min_properties, Kind::MinProperties, s.max_properties, Kind::MaxProperties, out) && ok;
  }

  // Does the schema declare the key, itself or through its allOf members (declared_property)?
  bool declares(const SchemaKeywords& s, const std::string& key) const {
    if (!s.declared_keys) {
      std::vector<std::string> keys;
      sn::declared_properties(root_, *s.node, keys);
      s.declared_keys = std::make_unique<std::unordered_set<std::string>>(keys.begin(), keys.end());
    }
    return s.declared_keys->count(key) > 0;
  }

  // `propertyNames`: a key outside a closed set of names (a record keyed by an enum) is an unknown
  // key of a strict object; other failures (a pattern) are about the key's form.
  bool check_name(const Value& names, const SchemaKeywords& s, const Node& n, const std::string& key, std::vector<SchemaError>& out,
                  int depth) {
    Node k;
    k.kind = Node::Kind::String;
    k.text = std::string_view(key);  // `k` is checked while `key` lives
    k.parent = n.parent;  // the key checked as a name: the member's pointer
    k.index = n.index;
    std::vector<SchemaError> errs;
    if (check(&names, k, errs, true, depth + 1)) return true;
    const Value* r = sn::resolve(root_, &names);
    SchemaError e = error(Kind::PropertyName, &s, n);
    e.property = key;
    if (const Value* en = r ? r->find("enum") : nullptr; en && en->is_array()) {
      e.kind = Kind::UnknownProperty;
      e.mode = UnknownKeys::Strict;
      for (const Value& v : *en)
        if (v.is_string()) e.known.emplace_back(v.string());
    } else {
      for (const SchemaError& x : errs)
        if (!x.detail.empty()) e.detail = x.detail;
    }
    out.push_back(std::move(e));
    return false;
  }

  // ECMAScript patterns through RE2 (linear time on any input); a pattern RE2 cannot read
  // (lookaround, backreferences) is not checked.
  static bool matches(std::string_view pattern, const std::string& text) {
    const RE2* re = compiled_pattern(pattern);
    return !re || RE2::PartialMatch(text, *re);
  }

  const SchemaIndex& index_;
  SchemaIndex::Table& table_;
  const Value& root_;
  size_t visits_ = 0;
};

}  // namespace

std::vector<SchemaError> validate_against_schema(const Document& doc) {
  std::vector<SchemaError> out;
  const SchemaIndex* index = schema_index(std::string(schema_path(doc)));
  if (!index) return out;
  Validator(*index).check(&index->root(), doc.root, out);
  // One finding per (kind, place, key): allOf members and union branches may repeat one.
  std::set<std::tuple<int, std::string, std::string>> seen;
  out.erase(std::remove_if(out.begin(), out.end(),
                           [&](const SchemaError& e) {
                             return !seen.emplace(static_cast<int>(e.kind), e.pointer, e.property).second;
                           }),
            out.end());
  return out;
}

}  // namespace azlint
