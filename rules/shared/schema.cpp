// schema: a JSON Schema violation (valijson on the dialect's embedded schema), mapped back to
// the node through its JSON Pointer and phrased with the schema's own facts.
#include <cstdlib>
#include <sstream>
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "lint/ascii.h"
#include "lint/did_you_mean.h"
#include "lint/gateway.h"
#include "lint/rule.h"
#include "lint/schema.h"
#include "lint/schema_lookup.h"

namespace azlint {
namespace {

std::string found(const Node& n) {
  switch (n.kind) {
    case Node::Kind::Null: return n.span.empty() ? "nothing (an empty value)" : "null";
    case Node::Kind::Bool: return n.boolean ? "the boolean true" : "the boolean false";
    case Node::Kind::Number: return "the number " + n.text;
    case Node::Kind::String:
      if (n.implicit == Node::Implicit::Timestamp) return "a date (an unquoted " + n.text + " is read as a Date)";
      return "the string \"" + n.text + "\"";
    case Node::Kind::Sequence: return "a list";
    case Node::Kind::Mapping: return "a mapping";
  }
  return "a value";
}

std::string expected(const std::vector<std::string>& types) {
  std::string out;
  for (size_t i = 0; i < types.size(); ++i) {
    const std::string& t = types[i];
    std::string w = t == "object" ? "a mapping" : t == "array" ? "a list" : t == "integer" ? "an integer" : "a " + t;
    if (i) out += i + 1 == types.size() ? " or " : ", ";
    out += w;
  }
  return out.empty() ? "another type" : out;
}

// "a number greater than 0" from valijson's "Expected number greater than 0.000000".
std::string range_text(const std::string& raw) {
  size_t at = raw.find("number ");
  if (at == std::string::npos) return "in range";
  std::string bound_text = raw.substr(raw.rfind(' ') + 1);
  std::string words = raw.substr(at, raw.rfind(' ') - at);
  char* end = nullptr;
  double bound = std::strtod(bound_text.c_str(), &end);
  std::ostringstream out;
  out << "a " << words << " " << bound;
  return out.str();
}

// An abbreviated enum value ("google-genai" for "google-generative-ai"): the one candidate that
// shares the longest prefix with it, when that prefix is most of the word.
std::string_view common_prefix_match(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  size_t best_len = 0;
  bool unique = false;
  for (std::string_view c : candidates) {
    size_t n = 0;
    while (n < word.size() && n < c.size() && word[n] == c[n]) ++n;
    if (n > best_len) {
      best = c;
      best_len = n;
      unique = true;
    } else if (n == best_len) {
      unique = false;
    }
  }
  return unique && best_len >= 6 && best_len * 3 >= word.size() * 2 ? best : std::string_view();
}

// How messages name the place at a pointer: its gateway's name for it ("model \"gpt-4o\" of group
// \"westus\""), else the generic one ("`key`", "item 2 of `list`").
std::string place(const Document& doc, PointerFinder& finder, const std::string& pointer) {
  std::string p = doc.gateway->place(doc, finder, pointer);
  return p.empty() ? generic_place(pointer) : p;
}

class Schema final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"schema",
                                    "a JSON Schema violation: wrong type, missing required field, value outside an "
                                    "enum, unknown key in a closed object",
                                    Severity::Error, true, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    misplaced(doc, ctx);
    std::set<std::string> closed_objects_done;
    PointerFinder finder(doc.root);
    for (const SchemaError& e : validate_against_schema(doc)) {
      const Node* node = finder.find(e.pointer);
      if (!node) continue;
      SchemaInfo info = schema_info(schema_path(doc), e.pointer);
      switch (e.kind) {
        case SchemaError::Kind::UnknownProperty: {
          // valijson names the first unknown key of an object; report every one of them.
          if (!closed_objects_done.insert(e.pointer).second) break;
          std::set<std::string> reported;
          for (const Member& m : node->members) {
            bool known = std::find(info.properties.begin(), info.properties.end(), m.key.text) != info.properties.end();
            if (known && m.key.text != e.property) continue;
            if (!reported.insert(m.key.text).second) continue;
            SchemaError each = e;
            each.property = m.key.text;
            unknown(doc, ctx, finder, *node, each, info);
          }
          break;
        }
        case SchemaError::Kind::Required: required(doc, ctx, finder, *node, e); break;
        case SchemaError::Kind::Type:
        case SchemaError::Kind::AnyOf:
          ctx.report(*node, place(doc, finder, e.pointer) + " must be " + expected(info.types) + ", found " + found(*node))
              .help(info.description.empty() ? "change the value to the expected type" : info.description);
          break;
        case SchemaError::Kind::Enum: {
          std::string allowed;
          for (size_t i = 0; i < info.enum_values.size(); ++i) allowed += (i ? ", " : "") + info.enum_values[i];
          std::string msg = place(doc, finder, e.pointer) + " must be one of " + allowed + ", found " + found(*node);
          if (!node->is_string()) {
            ctx.report(*node, msg);
            break;
          }
          std::vector<std::string> plain;
          for (const std::string& v : info.enum_values)
            if (v.size() >= 2 && v.front() == '"') plain.push_back(v.substr(1, v.size() - 2));
          std::vector<std::string_view> names(plain.begin(), plain.end());
          std::string_view near = did_you_mean(node->text, names);
          if (near.empty()) near = common_prefix_match(node->text, names);
          if (near.empty()) {
            ctx.report(*node, msg);
            break;
          }
          ctx.report(*node, msg + "; did you mean \"" + std::string(near) + "\"?").help("write \"" + std::string(near) + "\"");
          break;
        }
        case SchemaError::Kind::MinLength:
          ctx.report(*node, place(doc, finder, e.pointer) + " must not be empty");
          break;
        case SchemaError::Kind::Pattern:
          ctx.report(*node, place(doc, finder, e.pointer) + (info.pattern.empty() ? " does not have the expected form"
                                                                             : " must match " + info.pattern) +
                                ", found " + found(*node))
              .help(info.description.empty() ? "change the value to the expected form" : info.description);
          break;
        case SchemaError::Kind::Range:
          ctx.report(*node, place(doc, finder, e.pointer) + " must be " + range_text(e.raw) + ", found " + found(*node));
          break;
        case SchemaError::Kind::MinItems:
        case SchemaError::Kind::MinProperties:
          ctx.report(*node, generic_place(e.pointer) + " must not be empty");
          break;
        default:
          ctx.report(*node, generic_place(e.pointer) + ": " + lowercase_first(e.raw));
          break;
      }
    }
  }

 private:
  // A key the gateway knows at another level (OpenClaw's `providers` at the top level).
  static void misplaced(const Document& doc, Context& ctx) {
    for (const MisplacedKey& k : doc.gateway->misplaced_keys()) {
      const Node* parent = find_pointer(doc.root, k.parent);
      if (!parent || !parent->is_mapping()) continue;
      for (const Member& m : parent->members) {
        if (m.key.text != k.key) continue;
        ctx.report_span(m.key.span, m.value.pointer,
                        "unknown key \"" + m.key.text + "\" in " + generic_place(std::string(k.parent)) +
                            std::string(k.effect) + "; did you mean \"" + std::string(k.where) + "\"?")
            .help(std::string(k.help));
      }
    }
  }

  static std::string lowercase_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    while (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

  static void unknown(const Document& doc, Context& ctx, PointerFinder& finder, const Node& object, const SchemaError& e,
                      const SchemaInfo& info) {
    const Member* m = finder.member(object, e.property);
    if (!m) return;
    if (ctx.saturated()) {  // counted only: no need for suggestions
      ctx.report_span(m->key.span, m->key.pointer, "");
      return;
    }
    std::vector<std::string_view> names(info.properties.begin(), info.properties.end());
    std::string_view near = did_you_mean(e.property, names);
    const Behaviour& behaviour = doc.gateway->behaviour();
    // What the gateway does with it: as the schema says, else as the gateway says for that level.
    const KeyPolicy policy = info.unknown_keys == "strict" ? KeyPolicy::Refused
                             : info.unknown_keys == "strip" ? KeyPolicy::Dropped
                                                            : behaviour.unknown_keys(e.pointer);
    std::string msg = "unknown key \"" + e.property + "\" in " + (e.pointer.empty() ? "the top level" : place(doc, finder, e.pointer)) +
                      behaviour.unknown_key(doc, e.pointer, e.property, policy);
    if (!near.empty()) msg += "; did you mean \"" + std::string(near) + "\"?";
    Report r = ctx.report_span(m->key.span, m->key.pointer, msg);
    if (!near.empty()) {
      r.help("rename it to `" + std::string(near) + "`");
      r.fix("rename to `" + std::string(near) + "`", {{m->key.span, std::string(near)}});
    } else if (!info.properties.empty()) {
      // the known keys closest to the unknown one first
      const std::string word = ascii_lower(e.property);
      auto score = [&](const std::string& k) {  // a key containing the word (or contained in it) first
        std::string lk = ascii_lower(k);
        bool overlap = (word.size() >= 3 && lk.find(word) != std::string::npos) ||
                       (lk.size() >= 3 && word.find(lk) != std::string::npos);
        return overlap ? 0 : edit_distance(word, lk);
      };
      std::vector<std::pair<size_t, std::string>> known;  // (score, key), each scored once
      for (const std::string& k : info.properties) known.emplace_back(score(k), k);
      std::stable_sort(known.begin(), known.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      std::string list;
      for (size_t i = 0; i < known.size() && i < 8; ++i) list += (i ? ", " : "") + known[i].second;
      r.help("known keys here include: " + list + (known.size() > 8 ? ", …" : ""));
    }
  }

  static void required(const Document& doc, Context& ctx, PointerFinder& finder, const Node& object, const SchemaError& e) {
    std::optional<MissingKey> m = doc.gateway->behaviour().missing_key(doc, object, e.pointer, e.property);
    if (!m && !e.pointer.empty())
      m = MissingKey{&object, true, place(doc, finder, e.pointer) + " has no `" + e.property + "`", "add `" + e.property + "`"};
    if (!m) m = MissingKey{nullptr, false, "the top level has no `" + e.property + "`", "add `" + e.property + "`"};
    if (!m->at) {  // the top level: at its first key
      Span at{0, 0};
      if (!object.members.empty()) at = object.members.front().key.span;
      ctx.report_span(at, "", m->message).help(m->help);
      return;
    }
    (m->at_key ? ctx.report_key(*m->at, m->message) : ctx.report(*m->at, m->message)).help(m->help);
  }
};

}  // namespace

const Rule& rule_schema() {
  static const Schema rule;
  return rule;
}

}  // namespace azlint
