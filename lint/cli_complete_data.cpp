#include "lint/cli_complete_data.h"

#include <nlohmann/json.hpp>

#include "lint/emit/formats.h"
#include "lint/gateways.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

namespace azlint {

namespace {

using Json = nlohmann::ordered_json;

// What an option's value is, by its name (one table for every subcommand).
std::string value_kind(const std::string& name) {
  static const std::map<std::string, std::string> kinds = {
      {"paths", "path"},       {"dir", "path"},         {"--config", "path"},  {"--env-file", "path"},
      {"--stdin-filename", "path"}, {"--output", "path"}, {"--log", "path"},  {"--cacert", "path"},
      {"--dialect", "dialect"}, {"--only", "rule"},     {"--ignore", "rule"},  {"id", "rule"},
      {"--target", "target"},  {"--against", "target"},
  };
  auto it = kinds.find(name);
  return it == kinds.end() ? "" : it->second;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  for (size_t p = 0; p <= text.size();) {
    size_t c = text.find(sep, p);
    if (c == std::string::npos) c = text.size();
    if (c > p) out.push_back(text.substr(p, c - p));
    p = c + 1;
  }
  return out;
}

// The choices of a CLI::IsMember check, from the type name CLI11 shows ("TEXT:{text,json}").
std::vector<std::string> choices(const CLI::Option& o) {
  std::string t = o.get_type_name();
  size_t b = t.find('{'), e = t.rfind('}');
  if (b == std::string::npos || e == std::string::npos || e < b) return {};
  return split(t.substr(b + 1, e - b - 1), ',');
}

Json option_json(const CLI::Option& o) {
  Json names = Json::array();
  for (const std::string& l : o.get_lnames()) names.push_back("--" + l);
  for (const std::string& s : o.get_snames()) names.push_back("-" + s);
  const bool value = o.get_type_size_max() > 0 && o.get_expected_max() > 0;
  Json j = {{"names", names}, {"description", o.get_description()}, {"takes_value", value}};
  if (!value) return j;
  std::vector<std::string> c = choices(o);
  std::string kind = value_kind(o.get_lnames().empty() ? "" : "--" + o.get_lnames().front());
  if (!c.empty() && kind.empty()) {
    j["values"] = "choice";
    j["choices"] = c;
  } else {
    j["values"] = kind.empty() ? "text" : kind;
  }
  return j;
}

Json command_json(const CLI::App& c) {
  Json options = Json::array(), positionals = Json::array();
  for (const CLI::Option* o : c.get_options()) {
    if (o == c.get_help_ptr() || o == c.get_help_all_ptr()) continue;
    if (o->get_positional() && o->get_lnames().empty() && o->get_snames().empty()) {
      std::string kind = value_kind(o->get_name());
      positionals.push_back({{"name", o->get_name()}, {"description", o->get_description()}, {"values", kind.empty() ? "text" : kind}});
      continue;
    }
    options.push_back(option_json(*o));
  }
  return {{"name", c.get_name()}, {"description", c.get_description()}, {"hidden", c.get_group().empty()},
          {"options", options}, {"positionals", positionals}};
}

}  // namespace

void print_complete_data(std::ostream& out, const CLI::App& app) {
  Json globals = Json::array();
  for (const CLI::Option* o : app.get_options())
    if (o != app.get_help_all_ptr()) globals.push_back(option_json(*o));
  Json commands = Json::array();
  for (const CLI::App* c : app.get_subcommands([](const CLI::App*) { return true; })) commands.push_back(command_json(*c));
  Json dialects = split(known_forms(","), ',');
  Json rules = Json::array(), verify = Json::array();
  for (const Rule* r : all_rules()) rules.push_back(r->meta().id);
  for (const Rule* r : verify_rules()) verify.push_back(r->meta().id);
  Json j = {{"version", 1},           {"program", "azlint"},      {"description", app.get_description()},
            {"global_options", globals}, {"commands", commands}, {"dialects", dialects},
            {"formats", check_formats()}, {"rules", rules},      {"verify_rules", verify}};
  out << j.dump(2) << "\n";
}

}  // namespace azlint
