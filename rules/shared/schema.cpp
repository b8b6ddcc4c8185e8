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
#include "lint/litellm/effects.h"
#include "lint/rule.h"
#include "lint/schema.h"
#include "lint/schema_lookup.h"

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

// "models.providers.azure-openai" for "/models/providers/azure-openai" (OpenClaw's path form).
std::string dotted(const std::string& pointer);


std::string dotted(const std::string& pointer) {
  std::string out;
  size_t pos = 0;
  while (pos < pointer.size()) {
    size_t next = pointer.find('/', pos + 1);
    if (!out.empty()) out += '.';
    out += pointer_unescape(std::string_view(pointer).substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1));
    pos = next == std::string::npos ? pointer.size() : next;
  }
  return out.empty() ? "<root>" : out;
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
  return "`" + dotted(below) + "` of " + owner;
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
    if (doc.dialect == Dialect::OpenClaw) misplaced_providers(doc, ctx);
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
          ctx.report(*node, where_in(doc, finder, e.pointer) + " must be " + expected(info.types) + ", found " + found(*node))
              .help(info.description.empty() ? "change the value to the expected type" : info.description);
          break;
        case SchemaError::Kind::Enum: {
          std::string allowed;
          for (size_t i = 0; i < info.enum_values.size(); ++i) allowed += (i ? ", " : "") + info.enum_values[i];
          std::string msg = where_in(doc, finder, e.pointer) + " must be one of " + allowed + ", found " + found(*node);
          if (doc.dialect == Dialect::LibreChat || !node->is_string()) {
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
          ctx.report(*node, where_in(doc, finder, e.pointer) + " must not be empty");
          break;
        case SchemaError::Kind::Pattern:
          ctx.report(*node, where_in(doc, finder, e.pointer) + (info.pattern.empty() ? " does not have the expected form"
                                                                             : " must match " + info.pattern) +
                                ", found " + found(*node))
              .help(info.description.empty() ? "change the value to the expected form" : info.description);
          break;
        case SchemaError::Kind::Range:
          ctx.report(*node, where_in(doc, finder, e.pointer) + " must be " + range_text(e.raw) + ", found " + found(*node));
          break;
        case SchemaError::Kind::MinItems:
        case SchemaError::Kind::MinProperties:
          ctx.report(*node, where_name(e.pointer) + " must not be empty");
          break;
        default:
          ctx.report(*node, where_name(e.pointer) + ": " + lowercase_first(e.raw));
          break;
      }
    }
  }

 private:
  // `providers` written at the top level instead of under `models` (OpenClaw's root is strict).
  static void misplaced_providers(const Document& doc, Context& ctx) {
    if (!doc.root.is_mapping()) return;
    for (const Member& m : doc.root.members) {
      if (m.key.text != "providers") continue;
      ctx.report_span(m.key.span, m.value.pointer,
                      "unknown key \"providers\" in the top level (OpenClaw reports Unrecognized key: \"providers\" "
                      "and keeps running on its last good config, so none of these providers exists); did you mean "
                      "\"models.providers\"?")
          .help("move the providers under `models`: { models: { providers: { … } } }");
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
    std::string msg = "unknown key \"" + e.property + "\" in " + (e.pointer.empty() ? "the top level" : describe(doc, finder, e.pointer));
    if (doc.dialect == Dialect::OpenClaw)
      msg += " (OpenClaw reports " + dotted(e.pointer) + ": Unrecognized key: \"" + e.property +
             "\" and keeps running on its last good config, so none of this file's changes apply)";
    else if (e.pointer.empty() || e.pointer == "/endpoints")
      msg += " (LibreChat refuses to start: \"Unrecognized key(s) in object\")";
    else
      msg += " (LibreChat drops it silently, so the setting is lost)";
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
    if (doc.dialect == Dialect::LiteLLM && !e.pointer.empty()) {
      litellm::MissingField m = litellm::missing_field(doc, object, e.pointer, e.property);
      (m.at_key ? ctx.report_key(*m.at, m.message) : ctx.report(*m.at, m.message)).help(m.help);
      return;
    }
    if (e.pointer.empty()) {
      Span at{0, 0};
      if (!object.members.empty()) at = object.members.front().key.span;
      std::string msg = "the top level has no `" + e.property + "`";
      if (e.property == "version")
        msg += ": LibreChat refuses to start (\"path\":[\"version\"],\"message\":\"Required\")";
      ctx.report_span(at, "", msg)
          .help(e.property == "version" ? "add `version: 1.2.1` (the config version of your LibreChat release) as the first line"
                                        : "add `" + e.property + "`");
      return;
    }
    std::string subject = doc.dialect == Dialect::OpenClaw ? where_in(doc, finder, e.pointer) : where_name(e.pointer);
    const Node* name = object.get("group");
    if (is_group(e.pointer) && name && name->is_string()) subject = "group \"" + name->text + "\"";
    Report r = name && is_group(e.pointer) ? ctx.report(*name, subject + " has no `" + e.property + "`")
                                           : ctx.report_key(object, subject + " has no `" + e.property + "`");
    r.help("add `" + e.property + "`");
  }
};

}  // namespace

const Rule& rule_schema() {
  static const Schema rule;
  return rule;
}

}  // namespace azlint
