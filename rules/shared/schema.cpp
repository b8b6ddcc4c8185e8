// schema: a violation of the gateway release's schema (lint/schema.cpp), mapped back to the node
// through its JSON Pointer and phrased with the schema's own facts; an unknown key is an error or
// a warning by what the gateway does with it.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "lint/fix/yaml_edits.h"
#include "lint/ascii.h"
#include "lint/did_you_mean.h"
#include "lint/gateway.h"
#include "lint/misspelt_key.h"
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
// \"westus\"", "`compat.supportsStore` of model … of provider …"), else the generic one ("`key`",
// "item 2 of `list`", "the top level").
std::string place(const Document& doc, PointerFinder& finder, const std::string& pointer) {
  std::string p = doc.gateway->place(doc, finder, pointer);
  return p.empty() ? generic_place(pointer) : p;
}

std::string quoted_list(const std::vector<std::string>& values) {
  std::string out;
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + values[i];
  return out;
}

// "a string" / "at least 3 characters" / "3 items" for a bound.
std::string plural(const std::string& count, const char* one, const char* many) {
  return count + " " + (count == "1" ? one : many);
}

class Schema final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"schema",
                                    "a violation of the gateway release's schema: wrong type, missing required field, "
                                    "value outside an enum (E); an unknown key (E where the gateway refuses the "
                                    "config, W where it drops the key silently)",
                                    Severity::Error, Fixability::Unsafe, ""};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const Behaviour& behaviour = doc.gateway->behaviour();
    misplaced(doc, ctx);
    // A value the gateway's own words describe better (LiteLLM's `model_list` mapping) is not
    // reported again as a plain type error.
    const size_t before = ctx.diagnostics().size();
    doc.gateway->schema_refinements(doc, ctx);
    std::set<std::string> refined;
    for (size_t i = before; i < ctx.diagnostics().size(); ++i) refined.insert(ctx.diagnostics()[i].pointer);
    PointerFinder finder(doc.root);
    std::vector<SchemaError> errors = validate_against_schema(doc);
    // A required key that is missing because it is misspelt: the Required finding owns the
    // misspelt key (one mistake, one finding).
    std::set<std::pair<std::string, std::string>> absorbed;  // (object pointer, key)
    std::vector<const Member*> typos(errors.size(), nullptr);
    for (size_t i = 0; i < errors.size(); ++i) {
      const SchemaError& e = errors[i];
      const Node* node = e.kind == SchemaError::Kind::Required ? finder.find(e.pointer) : nullptr;
      if (node && (typos[i] = misspelt_key(doc, *node, e.property))) absorbed.insert({e.pointer, typos[i]->key.text});
    }
    // " (… refuses to start)": what a failure does, from the gateways azlint can say it of.
    const std::string refuses = behaviour.refused_config();
    auto failing = [&](std::string msg) { return msg + refuses; };
    for (size_t i = 0; i < errors.size(); ++i) {
      const SchemaError& e = errors[i];
      const Node* node = finder.find(e.pointer);
      if (!node) continue;
      switch (e.kind) {
        case SchemaError::Kind::UnknownProperty:
          if (absorbed.count({e.pointer, e.property})) break;
          if (is_misplaced(doc, e) || !behaviour.migrated_key(e.pointer, e.property).empty()) break;
          unknown(doc, ctx, finder, *node, e);
          break;
        case SchemaError::Kind::Required:
          required(doc, ctx, finder, *node, e, typos[i]);
          break;
        case SchemaError::Kind::Type:
          if (refined.count(e.pointer)) break;
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " must be " + expected(e.expected) + ", found " + found(*node)))
              .help(about(doc, e, "change the value to the expected type"));
          break;
        case SchemaError::Kind::Enum:
        case SchemaError::Kind::Const:
          one_of(doc, ctx, finder, *node, e, refuses);
          break;
        case SchemaError::Kind::MinLength:
          ctx.report(*node, failing(place(doc, finder, e.pointer) +
                                    (e.detail == "1" ? std::string(" must not be empty")
                                                     : " must be at least " + plural(e.detail, "character", "characters") + " long")));
          break;
        case SchemaError::Kind::MaxLength:
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " must be at most " +
                                    plural(e.detail, "character", "characters") + " long"));
          break;
        case SchemaError::Kind::Pattern:
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " must match " + e.detail + ", found " + found(*node)))
              .help(about(doc, e, "change the value to the expected form"));
          break;
        case SchemaError::Kind::PropertyName: {
          const Member* m = finder.member(*node, e.property);
          if (!m) break;
          ctx.report_span(m->key.span, m->key.pointer(),
                          failing("key \"" + e.property + "\" in " + place(doc, finder, e.pointer) +
                                  (e.detail.empty() ? std::string(" is not a valid name here") : " must match " + e.detail)));
          break;
        }
        case SchemaError::Kind::Range:
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " must be " + e.detail + ", found " + found(*node)));
          break;
        case SchemaError::Kind::MinItems:
        case SchemaError::Kind::MinProperties:
          ctx.report(*node, failing(place(doc, finder, e.pointer) +
                                    (e.detail == "1" ? std::string(" must not be empty")
                                     : e.kind == SchemaError::Kind::MinItems
                                         ? " must have at least " + plural(e.detail, "item", "items")
                                         : " must have at least " + plural(e.detail, "key", "keys"))));
          break;
        case SchemaError::Kind::MaxItems:
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " must have at most " + plural(e.detail, "item", "items")));
          break;
        case SchemaError::Kind::MaxProperties:
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " must have at most " + plural(e.detail, "key", "keys")));
          break;
        case SchemaError::Kind::Not:
        case SchemaError::Kind::Other:
          ctx.report(*node, failing(place(doc, finder, e.pointer) + " is not allowed here, found " + found(*node)))
              .help(about(doc, e, "remove it"));
          break;
      }
    }
  }

 private:
  // The schema's description of the value (else azlint's hover text for it), for a help line.
  static std::string about(const Document& doc, const SchemaError& e, const char* otherwise) {
    if (!e.description.empty()) return e.description;
    std::string d = schema_info(doc, e.pointer).description;
    return d.empty() ? otherwise : d;
  }

  // A key the gateway knows at another level (Gateway::misplaced_keys).
  // Several of a layout's old keys together (OpenClaw's legacy root: `providers`,
  // `primaryProvider`, `mcpServers`): each is a finding, the first in the file carries the
  // whole migration as its help.
  static void misplaced(const Document& doc, Context& ctx) {
    std::vector<std::pair<const Member*, const MisplacedKey*>> found;
    for (const MisplacedKey& k : doc.gateway->misplaced_keys()) {
      const Node* parent = find_pointer(doc.root, k.parent);
      if (!parent || !parent->is_mapping()) continue;
      for (const Member& m : parent->members())
        if (m.key.text == k.key) found.emplace_back(&m, &k);
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.first->key.span.begin < b.first->key.span.begin; });
    for (size_t i = 0; i < found.size(); ++i) {
      const auto [m, k] = found[i];
      std::string help(k->help);
      for (size_t j = 0; i == 0 && j < found.size(); ++j)
        if (j != i && found[j].second->parent == k->parent) help += "; " + std::string(found[j].second->help);
      ctx.report_span(m->key.span, m->value.pointer(),
                      "unknown key \"" + m->key.text + "\" in " + generic_place(std::string(k->parent)) +
                          std::string(k->effect) + "; did you mean \"" + std::string(k->where) + "\"?")
          .help(help);
    }
  }
  // The unknown key misplaced() reported.
  static bool is_misplaced(const Document& doc, const SchemaError& e) {
    for (const MisplacedKey& k : doc.gateway->misplaced_keys())
      if (k.parent == e.pointer && k.key == e.property) return true;
    return false;
  }

  static void one_of(const Document& doc, Context& ctx, PointerFinder& finder, const Node& node, const SchemaError& e,
                     const std::string& refuses) {
    std::string msg = place(doc, finder, e.pointer) + " must be " + (e.allowed.size() == 1 ? "" : "one of ") +
                      quoted_list(e.allowed) + ", found " + found(node) + refuses;
    std::vector<std::string> plain;
    for (const std::string& v : e.allowed)
      if (v.size() >= 2 && v.front() == '"') plain.push_back(v.substr(1, v.size() - 2));
    std::vector<std::string_view> names(plain.begin(), plain.end());
    std::string_view near = node.is_string() ? did_you_mean(node.text, names) : std::string_view();
    if (near.empty() && node.is_string()) near = common_prefix_match(node.text, names);
    if (near.empty()) {
      ctx.report(node, msg);
      return;
    }
    ctx.report(node, msg + "; did you mean \"" + std::string(near) + "\"?").help("write \"" + std::string(near) + "\"");
  }

  static void unknown(const Document& doc, Context& ctx, PointerFinder& finder, const Node& object, const SchemaError& e) {
    const Member* m = finder.member(object, e.property);
    if (!m) return;
    Severity severity = e.mode == UnknownKeys::Strict ? Severity::Error : Severity::Warning;
    if (ctx.saturated()) {  // counted only: no need for suggestions
      ctx.report_span(m->key.span, m->key.pointer(), "").severity(severity);
      return;
    }
    std::vector<std::string_view> names(e.known.begin(), e.known.end());
    std::string_view near = did_you_mean(e.property, names);
    std::string msg = "unknown key \"" + e.property + "\" in " + place(doc, finder, e.pointer) +
                      doc.gateway->behaviour().unknown_key(doc, e.pointer, e.property, key_policy(e.mode));
    if (!near.empty()) msg += "; did you mean \"" + std::string(near) + "\"?";
    Report r = ctx.report_span(m->key.span, m->key.pointer(), msg);
    r.severity(severity);
    if (!near.empty()) {
      r.help("rename it to `" + std::string(near) + "`");
      // Not into a key the mapping already has (that would make a duplicate key).
      if (!object.get(near))
        r.fix("rename to `" + std::string(near) + "`", {rename_key(m->key, near)}, FixSafety::Unsafe);
    } else if (!e.known.empty()) {
      // the known keys closest to the unknown one first
      const std::string word = ascii_lower(e.property);
      auto score = [&](const std::string& k) {  // a key containing the word (or contained in it) first
        std::string lk = ascii_lower(k);
        bool overlap = (word.size() >= 3 && lk.find(word) != std::string::npos) ||
                       (lk.size() >= 3 && word.find(lk) != std::string::npos);
        return overlap ? 0 : edit_distance(word, lk);
      };
      std::vector<std::pair<size_t, std::string>> known;  // (score, key), each scored once
      for (const std::string& k : e.known) known.emplace_back(score(k), k);
      std::stable_sort(known.begin(), known.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      std::string list;
      for (size_t i = 0; i < known.size() && i < 8; ++i) list += (i ? ", " : "") + known[i].second;
      r.help("known keys here include: " + list + (known.size() > 8 ? ", …" : ""));
    }
  }

  static void required(const Document& doc, Context& ctx, PointerFinder& finder, const Node& object, const SchemaError& e,
                       const Member* typo) {
    const Behaviour& behaviour = doc.gateway->behaviour();
    std::optional<MissingKey> m = behaviour.missing_key(doc, object, e.pointer, e.property);
    if (!m && !e.pointer.empty())
      m = MissingKey{&object, true, place(doc, finder, e.pointer) + " has no `" + e.property + "`" + behaviour.refused_config(),
                     "add `" + e.property + "`"};
    if (!m)
      m = MissingKey{nullptr, false, "the top level has no `" + e.property + "`" + behaviour.refused_config(),
                     "add `" + e.property + "`"};
    Report r = [&] {
      if (m->at) return m->at_key ? ctx.report_key(*m->at, m->message) : ctx.report(*m->at, m->message);
      Span at{0, 0};  // the top level: at its first key
      if (!object.members().empty()) at = object.members().front().key.span;
      return ctx.report_span(at, "", m->message);
    }();
    r.help(m->help);
    if (typo) note_misspelt_key(r, doc, object, *typo, e.property);
  }
};

}  // namespace

const Rule& rule_schema() {
  static const Schema rule;
  return rule;
}

}  // namespace azlint
