// schema: a violation of the gateway release's schema (lint/schema.cpp), mapped back to the node
// through its JSON Pointer and phrased with the schema's own facts; an unknown key is an error or
// a warning by what the gateway does with it.
#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "lint/ascii.h"
#include "lint/did_you_mean.h"
#include "lint/librechat/refinements.h"
#include "lint/litellm/effects.h"
#include "lint/misspelt_key.h"
#include "lint/openclaw/migrated_keys.h"
#include "lint/rule.h"
#include "lint/schema.h"
#include "lint/schema_lookup.h"
#include "lint/unknown_key_clause.h"

namespace azlint {
namespace {

std::string last_token(const std::string& pointer) {
  size_t s = pointer.rfind('/');
  return s == std::string::npos ? pointer : pointer.substr(s + 1);
}

std::string where_name(const std::string& pointer) {
  if (pointer.empty()) return "the top level";
  std::string t = last_token(pointer);
  bool index = t.find_first_not_of("0123456789") == std::string::npos;
  if (index) {
    std::string parent = pointer.substr(0, pointer.rfind('/'));
    return "item " + std::to_string(std::stoul(t) + 1) + " of `" + last_token(parent) + "`";
  }
  return "`" + t + "`";
}

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

bool is_group(const std::string& pointer);

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

// OpenClaw: the innermost provider or model a pointer is in ("model \"gpt-4o\" of provider
// \"azure-openai\"") and the rest of the pointer below it ("/compat"); an empty owner elsewhere.
std::pair<std::string, std::string> openclaw_split(PointerFinder& finder, const std::string& pointer) {
  static const std::string kProviders = "/models/providers/";
  if (pointer.rfind(kProviders, 0) != 0) return {};
  std::string rest = pointer.substr(kProviders.size());
  size_t slash = rest.find('/');
  std::string provider = "provider \"" + pointer_unescape(rest.substr(0, slash)) + "\"";
  if (slash == std::string::npos) return {provider, ""};
  std::string after = rest.substr(slash);
  static const std::string kModels = "/models/";
  if (after.rfind(kModels, 0) != 0) return {provider, after};
  std::string index = after.substr(kModels.size());
  size_t end = index.find('/');
  std::string below = end == std::string::npos ? std::string() : index.substr(end);
  index = index.substr(0, end);
  if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos) return {provider, after};
  const Node* m = finder.find(kProviders + rest.substr(0, slash) + kModels + index);
  const Member* id = m && m->is_mapping() ? finder.member(*m, "id") : nullptr;
  const Node* mid = id ? &id->value : nullptr;
  std::string model = mid && mid->is_string() && !mid->text.empty() ? "model \"" + mid->text + "\""
                                                                     : "model " + std::to_string(std::stoul(index) + 1);
  return {model + " of " + provider, below};
}

// "`compat.supportsStore` of model \"gpt-4o\" of provider \"p\"" in OpenClaw; where_name() elsewhere.
std::string where_in(const Document& doc, PointerFinder& finder, const std::string& pointer) {
  static const std::string kConfigs = "/openai/api_configs/";
  if (doc.dialect == Dialect::OpenWebUI && pointer.rfind(kConfigs, 0) == 0) {
    // Open WebUI: `azure` of api_configs["0"] (a connection's settings are keyed by its index).
    std::string rest = pointer.substr(kConfigs.size());
    size_t slash = rest.find('/');
    std::string entry = "api_configs[\"" + pointer_unescape(rest.substr(0, slash)) + "\"]";
    return slash == std::string::npos ? entry : where_name(pointer) + " of " + entry;
  }
  if (doc.dialect != Dialect::OpenClaw) return where_name(pointer);
  auto [owner, below] = openclaw_split(finder, pointer);
  if (owner.empty()) return where_name(pointer);
  if (below.empty()) return owner;
  return "`" + dotted_path(below) + "` of " + owner;
}

// "group \"westus\"" / "model \"gpt-4o\" of group \"westus\"" / "`key`" for a pointer.
std::string describe(const Document& doc, PointerFinder& finder, const std::string& pointer) {
  if (doc.dialect == Dialect::OpenClaw) return where_in(doc, finder, pointer);
  static const std::string kGroups = "/endpoints/azureOpenAI/groups/";
  if (pointer.rfind(kGroups, 0) == 0) {
    std::string rest = pointer.substr(kGroups.size());
    std::string index = rest.substr(0, rest.find('/'));
    const Node* g = finder.find(kGroups + index);
    const Member* name = g && g->is_mapping() ? finder.member(*g, "group") : nullptr;
    std::string gname = name && name->value.is_string() && !name->value.text.empty()
                            ? "group \"" + name->value.text + "\""
                            : "group " + std::to_string(std::stoul(index) + 1);
    if (rest == index) return gname;
    std::string models = index + "/models/";
    if (rest.rfind(models, 0) == 0 && rest.find('/', models.size()) == std::string::npos)
      return "model \"" + rest.substr(models.size()) + "\" of " + gname;
  }
  return where_name(pointer);
}

bool is_group(const std::string& pointer) {
  return pointer.rfind("/endpoints/azureOpenAI/groups/", 0) == 0 &&
         pointer.find('/', sizeof("/endpoints/azureOpenAI/groups/") - 1) == std::string::npos;
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
                                    Severity::Error, true, Dialect::Unknown};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    const std::string gateway = schema_gateway(doc.dialect);
    bool providers_done = doc.dialect == Dialect::OpenClaw && misplaced_providers(doc, ctx);
    if (doc.dialect == Dialect::OpenClaw) unknown_channels(doc, ctx);
    if (doc.dialect == Dialect::LibreChat)
      for (const librechat::RefinementFailure& f : librechat::refinement_failures(doc.root))
        (f.at_key ? ctx.report_key(*f.node, f.message) : ctx.report(*f.node, f.message)).help(f.help);
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
    // "… (LibreChat refuses to start)": what a failure does, for the gateways azlint can say it of.
    const std::string refuses = refusal_clause(gateway);
    auto failing = [&](std::string msg) { return refuses.empty() ? msg : msg + " (" + refuses + ")"; };
    for (size_t i = 0; i < errors.size(); ++i) {
      const SchemaError& e = errors[i];
      const Node* node = finder.find(e.pointer);
      if (!node) continue;
      switch (e.kind) {
        case SchemaError::Kind::UnknownProperty:
          if (absorbed.count({e.pointer, e.property})) break;
          if (providers_done && e.pointer.empty() && e.property == "providers") break;
          if (doc.dialect == Dialect::OpenClaw && !openclaw::migrated_key(e.pointer, e.property).empty()) break;
          unknown(doc, ctx, finder, *node, e, gateway);
          break;
        case SchemaError::Kind::Required:
          required(doc, ctx, finder, *node, e, typos[i], gateway);
          break;
        case SchemaError::Kind::Type:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " must be " + expected(e.expected) + ", found " + found(*node)))
              .help(about(doc, e, "change the value to the expected type"));
          break;
        case SchemaError::Kind::Enum:
        case SchemaError::Kind::Const:
          one_of(doc, ctx, finder, *node, e, refuses);
          break;
        case SchemaError::Kind::MinLength:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) +
                                    (e.detail == "1" ? std::string(" must not be empty")
                                                     : " must be at least " + plural(e.detail, "character", "characters") + " long")));
          break;
        case SchemaError::Kind::MaxLength:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " must be at most " +
                                    plural(e.detail, "character", "characters") + " long"));
          break;
        case SchemaError::Kind::Pattern:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " must match " + e.detail + ", found " + found(*node)))
              .help(about(doc, e, "change the value to the expected form"));
          break;
        case SchemaError::Kind::PropertyName: {
          const Member* m = finder.member(*node, e.property);
          if (!m) break;
          ctx.report_span(m->key.span, m->key.pointer,
                          failing("key \"" + e.property + "\" in " + where_in(doc, finder, e.pointer) +
                                  (e.detail.empty() ? std::string(" is not a valid name here") : " must match " + e.detail)));
          break;
        }
        case SchemaError::Kind::Range:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " must be " + e.detail + ", found " + found(*node)));
          break;
        case SchemaError::Kind::MinItems:
        case SchemaError::Kind::MinProperties:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) +
                                    (e.detail == "1" ? std::string(" must not be empty")
                                     : e.kind == SchemaError::Kind::MinItems
                                         ? " must have at least " + plural(e.detail, "item", "items")
                                         : " must have at least " + plural(e.detail, "key", "keys"))));
          break;
        case SchemaError::Kind::MaxItems:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " must have at most " + plural(e.detail, "item", "items")));
          break;
        case SchemaError::Kind::MaxProperties:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " must have at most " + plural(e.detail, "key", "keys")));
          break;
        case SchemaError::Kind::Not:
        case SchemaError::Kind::Other:
          ctx.report(*node, failing(where_in(doc, finder, e.pointer) + " is not allowed here, found " + found(*node)))
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

  // `providers` written at the top level instead of under `models` (OpenClaw's root is strict).
  static bool misplaced_providers(const Document& doc, Context& ctx) {
    if (!doc.root.is_mapping()) return false;
    bool any = false;
    for (const Member& m : doc.root.members) {
      if (m.key.text != "providers") continue;
      any = true;
      ctx.report_span(m.key.span, m.value.pointer,
                      "unknown key \"providers\" in the top level (OpenClaw reports Unrecognized key: \"providers\" "
                      "and keeps running on its last good config, so none of these providers exists); did you mean "
                      "\"models.providers\"?")
          .help("move the providers under `models`: { models: { providers: { … } } }");
    }
    return any;
  }

  // `channels.<id>` with an id no bundled channel has: `channels` keeps unknown keys by its schema,
  // but OpenClaw's plugin-aware check refuses them ("unknown channel id: <id>").
  static void unknown_channels(const Document& doc, Context& ctx) {
    const Node* channels = doc.root.get("channels");
    if (!channels || !channels->is_mapping()) return;
    SchemaInfo info = schema_info(doc, "/channels");
    if (!info.found || info.properties.empty()) return;
    std::vector<std::string_view> names(info.properties.begin(), info.properties.end());
    for (const Member& m : channels->members) {
      if (std::find(info.properties.begin(), info.properties.end(), m.key.text) != info.properties.end()) continue;
      std::string_view near = did_you_mean(m.key.text, names);
      Report r = ctx.report_span(m.key.span, m.key.pointer,
                                 "unknown channel id \"" + m.key.text + "\" in `channels` (OpenClaw reports channels." +
                                     m.key.text + ": unknown channel id: " + m.key.text +
                                     " and keeps running on its last good config)" +
                                     (near.empty() ? std::string() : "; did you mean \"" + std::string(near) + "\"?"));
      if (near.empty()) {
        r.help("the channels this release knows: " + quoted_list(info.properties));
      } else {
        r.help("rename it to `" + std::string(near) + "`");
        r.fix("rename to `" + std::string(near) + "`", {{m.key.span, std::string(near)}});
      }
    }
  }

  static void one_of(const Document& doc, Context& ctx, PointerFinder& finder, const Node& node, const SchemaError& e,
                     const std::string& refuses) {
    std::string msg = where_in(doc, finder, e.pointer) + " must be " + (e.allowed.size() == 1 ? "" : "one of ") +
                      quoted_list(e.allowed) + ", found " + found(node) + (refuses.empty() ? "" : " (" + refuses + ")");
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

  static void unknown(const Document& doc, Context& ctx, PointerFinder& finder, const Node& object, const SchemaError& e,
                      const std::string& gateway) {
    const Member* m = finder.member(object, e.property);
    if (!m) return;
    Severity severity = e.mode == UnknownKeys::Strict ? Severity::Error : Severity::Warning;
    if (ctx.saturated()) {  // counted only: no need for suggestions
      ctx.report_span(m->key.span, m->key.pointer, "").severity(severity);
      return;
    }
    std::vector<std::string_view> names(e.known.begin(), e.known.end());
    std::string_view near = did_you_mean(e.property, names);
    std::string msg = "unknown key \"" + e.property + "\" in " + (e.pointer.empty() ? "the top level" : describe(doc, finder, e.pointer)) +
                      " (" + unknown_key_clause(gateway, e.mode, e.pointer, e.property) + ")";
    if (!near.empty()) msg += "; did you mean \"" + std::string(near) + "\"?";
    Report r = ctx.report_span(m->key.span, m->key.pointer, msg);
    r.severity(severity);
    if (!near.empty()) {
      r.help("rename it to `" + std::string(near) + "`");
      r.fix("rename to `" + std::string(near) + "`", {{m->key.span, std::string(near)}});
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
                       const Member* typo, const std::string& gateway) {
    if (doc.dialect == Dialect::LiteLLM && !e.pointer.empty()) {
      litellm::MissingField m = litellm::missing_field(doc, object, e.pointer, e.property);
      (m.at_key ? ctx.report_key(*m.at, m.message) : ctx.report(*m.at, m.message)).help(m.help);
      return;
    }
    auto with_typo = [&](Report r) {
      if (typo) note_misspelt_key(r, doc, object, *typo, e.property);
    };
    if (e.pointer.empty()) {
      Span at{0, 0};
      if (!object.members.empty()) at = object.members.front().key.span;
      std::string msg = "the top level has no `" + e.property + "`";
      if (e.property == "version" && gateway == "librechat")
        msg += ": LibreChat refuses to start (\"path\":[\"version\"],\"message\":\"Required\")";
      else if (!refusal_clause(gateway).empty())
        msg += " (" + refusal_clause(gateway) + ")";
      Report r = ctx.report_span(at, "", msg);
      r.help(e.property == "version" && gateway == "librechat"
                 ? "add `version: 1.2.1` (the config version of your LibreChat release) as the first line"
                 : "add `" + e.property + "`");
      with_typo(r);
      return;
    }
    std::string subject = doc.dialect == Dialect::OpenClaw ? where_in(doc, finder, e.pointer) : where_name(e.pointer);
    const Node* name = object.get("group");
    if (is_group(e.pointer) && name && name->is_string()) subject = "group \"" + name->text + "\"";
    std::string refuses = refusal_clause(gateway);
    std::string msg = subject + " has no `" + e.property + "`" + (refuses.empty() ? "" : " (" + refuses + ")");
    Report r = name && is_group(e.pointer) ? ctx.report(*name, msg) : ctx.report_key(object, msg);
    r.help("add `" + e.property + "`");
    with_typo(r);
  }
};

}  // namespace

const Rule& rule_schema() {
  static const Schema rule;
  return rule;
}

}  // namespace azlint
