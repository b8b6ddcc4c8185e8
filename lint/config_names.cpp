#include "lint/config_names.h"

#include "lint/gateways.h"
#include "lint/glob.h"
#include "lint/strings.h"

namespace azlint {

namespace {

// Twin extensions written once: `librechat*.yaml` and `librechat*.yml` are `librechat*.ya?ml`.
struct Twin {
  std::string_view base, other, regex, text;
};
constexpr Twin kTwins[] = {{".yaml", ".yml", "\\.ya?ml", ".yaml|yml"}, {".json", ".json5", "\\.json5?", ".json|json5"}};

std::string glob_to_regex(std::string_view glob) {
  std::string out;
  for (char c : glob) {
    if (c == '*') out += "[^/]*";
    else if (c == '?') out += "[^/]";
    else if (std::string_view(".+()[]{}^$|\\").find(c) != std::string_view::npos) (out += '\\') += c;
    else out += c;
  }
  return out;
}

// Each glob once, its twin folded in, in registry order.
struct Folded {
  std::string stem;
  const Twin* twin;
  std::string_view needs_line;
};
std::vector<Folded> folded() {
  std::vector<const ConfigName*> names;
  for (const Gateway* g : all_gateways())
    for (const ConfigName& n : g->config_names()) names.push_back(&n);
  auto has = [&](const std::string& glob) {
    for (const ConfigName* n : names)
      if (n->glob == glob) return true;
    return false;
  };
  std::vector<Folded> out;
  for (const ConfigName* n : names) {
    std::string g(n->glob);
    const Twin* twin = nullptr;
    bool skip = false;
    for (const Twin& t : kTwins) {
      if (ends_with(g, t.base) && has(g.substr(0, g.size() - t.base.size()) + std::string(t.other))) twin = &t;
      if (ends_with(g, t.other) && has(g.substr(0, g.size() - t.other.size()) + std::string(t.base))) skip = true;
    }
    if (!skip) out.push_back({twin ? g.substr(0, g.size() - twin->base.size()) : g, twin, n->needs_line});
  }
  return out;
}

}  // namespace

const ConfigName* find_config_name(std::string_view base) {
  for (const Gateway* g : all_gateways())
    for (const ConfigName& n : g->config_names())
      if (glob_match(n.glob, base)) return &n;
  return nullptr;
}

bool claims_name(const std::vector<ConfigName>& names, std::string_view base) {
  for (const ConfigName& n : names)
    if (n.needs_line.empty() && glob_match(n.glob, base)) return true;
  return false;
}

std::vector<std::string> config_name_globs() {
  std::vector<std::string> out;
  for (const Gateway* g : all_gateways())
    for (const ConfigName& n : g->config_names()) out.emplace_back(n.glob);
  return out;
}

std::string config_names_regex() {
  std::string alts;
  for (const Folded& f : folded()) {
    if (!alts.empty()) alts += '|';
    alts += glob_to_regex(f.stem) + (f.twin ? std::string(f.twin->regex) : "");
  }
  return "(^|/)(" + alts + ")$";
}

std::string config_names_text() {
  std::string out;
  for (const Folded& f : folded()) {
    if (!out.empty()) out += ", ";
    out += f.stem + (f.twin ? std::string(f.twin->text) : "");
    if (!f.needs_line.empty()) out += " holding `" + std::string(f.needs_line) + "`";
  }
  return out;
}

}  // namespace azlint
