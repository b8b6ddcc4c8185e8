#include "lint/config.h"

#include <filesystem>

#include "lint/load_yaml.h"
#include "lint/read_input.h"
#include "lint/redact.h"
#include "lint/releases.h"
#include "lint/rule_ids.h"

namespace fs = std::filesystem;

namespace azlint {

std::string Config::dir() const { return path.empty() ? "." : fs::path(path).parent_path().string(); }

std::optional<Config> load_config(const std::string& path, uint64_t max_bytes, std::string& error, bool* unreadable) {
  if (unreadable) *unreadable = false;
  std::string reason;
  std::optional<std::string> text = read_input(path, max_bytes, reason);
  if (!text) {
    error = path + ": " + reason;
    if (unreadable) *unreadable = true;
    return std::nullopt;
  }
  auto src = std::make_shared<SourceFile>(path, std::move(*text));
  auto at = [&](const Node& n) {
    Position p = src->position(n.key_or_value_span().begin);
    return path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
  };
  auto at_value = [&](const Node& n) {
    Position p = src->position(n.span.begin);
    return path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": ";
  };
  Config cfg;
  cfg.path = path;
  bool blank = src->text().find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank) return cfg;
  LoadResult r = load_yaml(src);
  if (!r.doc.parsed) {
    Position p = src->position(r.diagnostics.empty() ? 0 : r.diagnostics[0].span.begin);
    error = path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": " +
            (r.diagnostics.empty() ? "invalid YAML" : r.diagnostics[0].message);
    return std::nullopt;
  }
  const Node& root = r.doc.root;
  if (root.is_null()) return cfg;
  if (!root.is_mapping()) {
    error = path + ":1:1: the config must be a mapping with `rules`, `env_files` and `targets`";
    return std::nullopt;
  }
  for (const Member& m : root.members()) {
    if (m.key.text == "rules") {
      if (m.value.is_null()) continue;
      if (!m.value.is_mapping()) { error = at(m.value) + "`rules` must map rule ids to off|on|error|warning|info"; return std::nullopt; }
      for (const Member& rm : m.value.members()) {
        RuleIdLookup id = lookup_rule_id(rm.key.text);
        if (!id.rule) {
          error = at(rm.key) + "unknown rule id \"" + redact_secrets(rm.key.text) + "\"" + rule_id_hint(id) + " (see `azlint rules`)";
          return std::nullopt;
        }
        const std::string full(id.rule->meta().id);
        if (id.alias) cfg.aliases.push_back({at(rm.key), rm.key.text, full});
        RuleSetting s;
        std::string v = rm.value.is_bool() ? (rm.value.boolean ? "on" : "off") : rm.value.text;
        if (v == "off" || v == "false" || v == "disable" || v == "disabled") s.enabled = false;
        else if (v == "on" || v == "true" || v == "enable" || v == "enabled") s.enabled = true;
        else if (auto sev = parse_severity(v)) s.severity = sev;
        else { error = at(rm.value) + "\"" + redact_secrets(v) + "\" is not off, on, error, warning or info"; return std::nullopt; }
        cfg.rules[full] = s;
      }
    } else if (m.key.text == "env_files") {
      if (m.value.is_string()) cfg.env_files.push_back(m.value.text);
      else if (m.value.is_sequence()) {
        for (const Node& i : m.value.items()) {
          if (!i.is_string()) { error = at(i) + "`env_files` must be a list of paths"; return std::nullopt; }
          cfg.env_files.push_back(i.text);
        }
      } else if (!m.value.is_null()) { error = at(m.value) + "`env_files` must be a list of paths"; return std::nullopt; }
    } else if (m.key.text == "env_declared") {
      std::vector<const Node*> names{&m.value};  // one name, or a list
      if (m.value.is_sequence() || m.value.is_null()) names.clear();
      for (const Node& i : m.value.items()) names.push_back(&i);
      for (const Node* i : names) {
        if (!i->is_string() || i->text.empty()) { error = at_value(*i) + "`env_declared` must be a list of variable names"; return std::nullopt; }
        cfg.env_declared.emplace_back(i->text, src->position(i->span.begin).line);
      }
    } else if (m.key.text == "require_env") {
      if (!m.value.is_bool()) { error = at_value(m.value) + "`require_env` must be true or false"; return std::nullopt; }
      cfg.require_env = m.value.boolean;
    } else if (m.key.text == "targets") {
      if (m.value.is_null()) continue;
      if (!m.value.is_mapping()) {
        error = at_value(m.value) + "`targets` must map gateway ids to releases (e.g. `targets: {librechat: \"0.8.524\"}`)";
        return std::nullopt;
      }
      for (const Member& tm : m.value.members()) {
        ReleaseError why;
        const Release* r = tm.value.is_scalar() && !tm.value.is_null() ? resolve_release(tm.key.text, tm.value.text, why) : nullptr;
        if (!r) {
          if (why.message.empty()) why.message = "the release of \"" + tm.key.text + "\" must be a version (see `azlint targets`)";
          const bool gateway = why.message.rfind("unknown gateway", 0) == 0;
          error = (gateway ? at(tm.key) : at_value(tm.value)) + redact_secrets(why.message) +
                  (why.help.empty() ? "" : "; " + redact_secrets(why.help));
          return std::nullopt;
        }
        cfg.targets[tm.key.text] = std::string(r->version);
      }
    } else if (m.key.text == "exclude") {
      // exclude: [GLOB, …] (or one GLOB): paths directory search skips (lint/exclude.h)
      const bool one = m.value.is_string();
      if (!one && !m.value.is_null() && !m.value.is_sequence()) { error = at_value(m.value) + "`exclude` must be a list of globs"; return std::nullopt; }
      for (const Node& i : one ? std::vector<Node>{m.value} : std::vector<Node>(m.value.items().begin(), m.value.items().end())) {
        if (!i.is_string()) { error = at_value(i) + "`exclude` must be a list of globs"; return std::nullopt; }
        cfg.exclude.push_back(i.text);
      }
    } else if (m.key.text == "links") {
      if (m.value.is_null()) continue;
      const std::string shape = "`links` must map an address to a config path (e.g. `links: {\"localhost:4000\": litellm/config.yaml}`)";
      if (!m.value.is_mapping()) { error = at_value(m.value) + shape; return std::nullopt; }
      for (const Member& lm : m.value.members()) {
        std::vector<std::string>& to = cfg.links[lm.key.text];
        if (lm.value.is_string()) to.push_back(lm.value.text);
        if (lm.value.is_sequence())
          for (const Node& i : lm.value.items())
            if (i.is_string()) to.push_back(i.text);
        if (to.empty() || (lm.value.is_sequence() && to.size() != lm.value.items().size())) {
          error = at_value(lm.value) + shape;
          return std::nullopt;
        }
        for (const std::string& t : to) {
          std::error_code ec;
          fs::path target = fs::path(t).is_absolute() ? fs::path(t) : fs::absolute(path, ec).parent_path() / t;
          if (!fs::is_regular_file(target, ec)) {
            error = at_value(lm.value) + "the config linked to \"" + redact_secrets(lm.key.text) + "\", \"" + redact_secrets(t) +
                    "\", is not a file (paths in `links` are relative to the .azlint.yaml)";
            return std::nullopt;
          }
        }
      }
    } else {
      error = at(m.key) + "unknown key \"" + redact_secrets(m.key.text) + "\" (expected `rules`, `env_files`, `env_declared`, `require_env`, `targets`, `exclude` or `links`)";
      return std::nullopt;
    }
  }
  return cfg;
}

namespace {

constexpr int kMaxConfigDepth = 64;  // folders looked at above a file

// The config in `dir` itself, or "".
std::string config_in(const fs::path& dir) {
  std::error_code ec;
  for (const char* name : {".azlint.yaml", ".azlint.yml"}) {
    fs::path p = dir / name;
    if (fs::exists(p, ec)) return p.string();
  }
  return {};
}

}  // namespace

std::string find_config_for(const std::string& file) {
  std::error_code ec;
  fs::path dir = fs::absolute(file, ec).parent_path();
  for (int i = 0; i < kMaxConfigDepth && !dir.empty(); ++i) {
    if (std::string p = config_in(dir); !p.empty()) return p;
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return {};
}

std::string ConfigFinder::find(const std::string& file) {
  std::error_code ec;
  fs::path dir = fs::absolute(file, ec).parent_path();
  std::vector<std::string> passed;  // folders looked at, the file's first (level 0)
  Answer answer;
  int level = -1;  // of the folder the answer is relative to (answer.up above it)
  for (int i = 0; i < kMaxConfigDepth && !dir.empty(); ++i) {
    if (auto it = by_dir_.find(dir.string()); it != by_dir_.end()) {  // a folder looked at before
      answer = it->second;
      level = i;
      break;
    }
    passed.push_back(dir.string());
    answer.path = config_in(dir);
    if (!answer.path.empty() || dir == dir.root_path()) {  // found, or none up to the root
      level = i;
      break;
    }
    dir = dir.parent_path();
  }
  if (level < 0) return {};  // the depth limit ended the search: nothing kept
  for (int k = 0; k < static_cast<int>(passed.size()); ++k)
    by_dir_.emplace(passed[static_cast<size_t>(k)], Answer{answer.path, answer.up + level - k});
  // As find_config_for: a config farther above the file than the depth limit is not found.
  return answer.up + level < kMaxConfigDepth ? answer.path : std::string();
}

}  // namespace azlint
