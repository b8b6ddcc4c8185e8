// yaml-implicit-type: an unquoted scalar that the YAML loader turns into a non-string where a string is expected
#include <string>

#include "lint/rule.h"

namespace azlint {
namespace {

class YamlImplicitType final : public Rule {
 public:
  const RuleMeta& meta() const override {
    static constexpr RuleMeta kMeta{"yaml-implicit-type", "an unquoted scalar that the YAML loader turns into a non-string where a string is expected", Severity::Error, true, Dialect::Unknown};
    return kMeta;
  }

  void check(const Document& doc, Context& ctx) const override {
    if (doc.dialect != Dialect::LibreChat || !doc.root.is_mapping()) return;
    check_member(doc.root, "version", ctx);
    const Node* endpoints = doc.root.get("endpoints");
    if (!endpoints || !endpoints->is_mapping()) return;
    if (const Node* azure = endpoints->get("azureOpenAI"); azure && azure->is_mapping()) {
      for (std::string_view k : {"titleModel", "summaryModel", "titleMethod", "titlePrompt", "titlePromptTemplate"})
        check_member(*azure, k, ctx);
      const Node* groups = azure->get("groups");
      for (size_t i = 0; groups && groups->is_sequence() && i < groups->items.size(); ++i) {
        const Node& g = groups->items[i];
        if (!g.is_mapping()) continue;
        for (std::string_view k : {"group", "apiKey", "instanceName", "deploymentName", "version", "baseURL"})
          check_member(g, k, ctx);
        check_values(g.get("additionalHeaders"), "header", ctx);
        if (const Node* drop = g.get("dropParams"); drop && drop->is_sequence())
          for (const Node& item : drop->items) check(item, "dropParams item", ctx);
        if (const Node* models = g.get("models"); models && models->is_mapping())
          for (const Member& m : models->members)
            if (m.value.is_mapping()) {
              check_member(m.value, "deploymentName", ctx);
              check_member(m.value, "version", ctx);
            }
      }
    }
    if (const Node* custom = endpoints->get("custom"); custom && custom->is_sequence()) {
      for (const Node& e : custom->items) {
        if (!e.is_mapping()) continue;
        for (std::string_view k : {"name", "apiKey", "baseURL"}) check_member(e, k, ctx);
        check_values(e.get("headers"), "header", ctx);
      }
    }
  }

 private:
  static void check_member(const Node& map, std::string_view key, Context& ctx) {
    if (const Node* n = map.get(key)) check(*n, std::string(key), ctx);
  }

  static void check_values(const Node* map, std::string_view what, Context& ctx) {
    if (!map || !map->is_mapping()) return;
    for (const Member& m : map->members) check(m.value, std::string(what) + " \"" + m.key.text + "\"", ctx);
  }

  static void check(const Node& n, const std::string& what, Context& ctx) {
    if (n.style != Node::Style::Plain || n.implicit == Node::Implicit::None || n.span.empty()) return;
    const std::string& src = ctx.source().text();
    if (src[n.span.begin] == '*') return;  // an alias: the anchored value is where to quote
    const std::string text = src.substr(n.span.begin, n.span.end - n.span.begin);
    // Never echo a credential, even a mistyped one.
    const bool secret = what == "apiKey" || what.rfind("header", 0) == 0;
    const std::string shown = secret ? "" : " " + text;
    std::string as, received;
    switch (n.implicit) {
      case Node::Implicit::Timestamp: as = "a date"; received = "date"; break;
      case Node::Implicit::Int:
      case Node::Implicit::Float: as = "a number"; received = "number"; break;
      case Node::Implicit::Bool: as = "the boolean " + std::string(n.boolean ? "true" : "false"); received = "boolean"; break;
      case Node::Implicit::Null: as = "null"; received = "null"; break;
      case Node::Implicit::None: return;
    }
    Report r = ctx.report(n, "unquoted " + what + shown + " is read by js-yaml as " + as +
                                 ", not a string; LibreChat rejects the config (\"Expected string, received " +
                                 received + "\") and refuses to start");
    if (n.implicit == Node::Implicit::Null) {
      r.help("write the intended text in quotes, or remove the entry");
    } else {
      r.help("quote the value: \"" + (secret ? std::string("…") : text) + "\"");
      r.fix("quote the value", {{n.span, "\"" + text + "\""}});
    }
  }
};

}  // namespace

const Rule& rule_yaml_implicit_type() {
  static const YamlImplicitType rule;
  return rule;
}

}  // namespace azlint
