// schema: a JSON Schema violation (valijson on the dialect's embedded schema), mapped back to
// the node through its JSON Pointer and phrased with the schema's own facts.
#include <string>

#include "lint/did_you_mean.h"
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

// "group \"westus\"" / "model \"gpt-4o\" of group \"westus\"" / "`key`" for a pointer.
std::string describe(const Document& doc, const std::string& pointer) {
  static const std::string kGroups = "/endpoints/azureOpenAI/groups/";
  if (pointer.rfind(kGroups, 0) == 0) {
    std::string rest = pointer.substr(kGroups.size());
    std::string index = rest.substr(0, rest.find('/'));
    const Node* g = find_pointer(doc.root, kGroups + index);
    std::string gname = g && g->get("group") && g->get("group")->is_string() && !g->get("group")->text.empty()
                            ? "group \"" + g->get("group")->text + "\""
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
                                    Severity::Error, true, Dialect::Unknown};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    for (const SchemaError& e : validate_against_schema(doc)) {
      const Node* node = find_pointer(doc.root, e.pointer);
      if (!node) continue;
      SchemaInfo info = schema_info(doc.dialect, e.pointer);
      switch (e.kind) {
        case SchemaError::Kind::UnknownProperty: unknown(doc, ctx, *node, e, info); break;
        case SchemaError::Kind::Required: required(ctx, *node, e); break;
        case SchemaError::Kind::Type:
        case SchemaError::Kind::AnyOf:
          ctx.report(*node, where_name(e.pointer) + " must be " + expected(info.types) + ", found " + found(*node))
              .help(info.description.empty() ? "change the value to the expected type" : info.description);
          break;
        case SchemaError::Kind::Enum: {
          std::string allowed;
          for (size_t i = 0; i < info.enum_values.size(); ++i) allowed += (i ? ", " : "") + info.enum_values[i];
          ctx.report(*node, where_name(e.pointer) + " must be one of " + allowed + ", found " + found(*node));
          break;
        }
        case SchemaError::Kind::MinLength:
          ctx.report(*node, where_name(e.pointer) + " must not be empty");
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
  static std::string lowercase_first(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    while (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

  static void unknown(const Document& doc, Context& ctx, const Node& object, const SchemaError& e, const SchemaInfo& info) {
    const Member* m = object.member(e.property);
    if (!m) return;
    std::vector<std::string_view> names(info.properties.begin(), info.properties.end());
    std::string_view near = did_you_mean(e.property, names);
    std::string msg = "unknown key \"" + e.property + "\" in " + (e.pointer.empty() ? "the top level" : describe(doc, e.pointer));
    if (e.pointer.empty() || e.pointer == "/endpoints")
      msg += " (LibreChat refuses to start: \"Unrecognized key(s) in object\")";
    else
      msg += " (LibreChat drops it silently, so the setting is lost)";
    if (!near.empty()) msg += "; did you mean \"" + std::string(near) + "\"?";
    Report r = ctx.report_span(m->key.span, m->key.pointer, msg);
    if (!near.empty()) {
      r.help("rename it to `" + std::string(near) + "`");
      r.fix("rename to `" + std::string(near) + "`", {{m->key.span, std::string(near)}});
    } else if (!info.properties.empty()) {
      std::string known;
      for (size_t i = 0; i < info.properties.size() && i < 12; ++i) known += (i ? ", " : "") + info.properties[i];
      r.help("known keys here: " + known);
    }
  }

  static void required(Context& ctx, const Node& object, const SchemaError& e) {
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
    std::string subject = where_name(e.pointer);
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
