#include "fixture_runner.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "lint/releases.h"

namespace azlint::test {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

static std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  size_t b = s.find_first_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b);
}

static void add_items(std::vector<Expectation>& out, const std::string& list, uint32_t line) {
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ',')) {
    item = trim(item);
    if (item.size() >= 2 && item.substr(item.size() - 2) == "*/") item = trim(item.substr(0, item.size() - 2));
    if (item.empty()) continue;
    Expectation e;
    size_t at = item.find('@');
    e.rule = item.substr(0, at);
    if (at != std::string::npos) e.column = static_cast<uint32_t>(std::stoul(item.substr(at + 1)));
    e.line = line;
    out.push_back(e);
  }
}

std::vector<Expectation> parse_expectations(const std::string& text) {
  std::vector<Expectation> out;
  std::stringstream lines(text);
  std::string line;
  for (uint32_t n = 1; std::getline(lines, line); ++n) {
    for (const char* marker : {"# expect", "// expect", "/* expect"}) {
      size_t at = line.find(marker);
      if (at == std::string::npos) continue;
      std::string rest = line.substr(at + std::string(marker).size());
      int offset = 0;
      bool file = false;
      if (rest.rfind("-file:", 0) == 0) {
        file = true;
        rest = rest.substr(6);
      } else if (rest.rfind("[", 0) == 0 && rest.find("]:") != std::string::npos) {
        offset = std::stoi(rest.substr(1, rest.find("]:") - 1));
        rest = rest.substr(rest.find("]:") + 2);
      } else if (rest.rfind(":", 0) == 0) {
        rest = rest.substr(1);
      } else {
        continue;
      }
      add_items(out, rest, file ? 1 : static_cast<uint32_t>(static_cast<int>(n) + offset));
      break;
    }
  }
  return out;
}

std::vector<Expectation> expectations_of(const std::string& path) {
  std::vector<Expectation> out = parse_expectations(read_text(path));
  std::ifstream side(path + ".expect");
  std::string line;
  while (std::getline(side, line)) {
    line = trim(line);
    if (line.empty() || line[0] == '#') continue;
    size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    std::string where = line.substr(0, space);
    size_t colon = where.find(':');
    uint32_t ln = static_cast<uint32_t>(std::stoul(where.substr(0, colon)));
    size_t before = out.size();
    add_items(out, line.substr(space + 1), ln);
    if (colon != std::string::npos)
      for (size_t i = before; i < out.size(); ++i) out[i].column = static_cast<uint32_t>(std::stoul(where.substr(colon + 1)));
  }
  return out;
}

Options fixture_options(const std::vector<std::string>& only_rules, const std::string& text) {
  Options o;
  o.process_env = false;
  o.only.insert(only_rules.begin(), only_rules.end());
  std::stringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    for (const char* marker : {"# fixture-target:", "// fixture-target:"}) {
      size_t at = line.find(marker);
      if (at == std::string::npos) continue;
      std::string spec = trim(line.substr(at + std::string(marker).size()));
      spec = spec.substr(0, spec.find(' '));  // the rest of the line is a comment
      ReleaseError why;
      std::optional<ReleaseTarget> t = parse_target(spec, why);
      if (!t) throw std::runtime_error("fixture-target: " + why.message);
      o.targets[t->gateway] = t->version;
    }
  }
  return o;
}

bool is_fixture_file(const std::string& name) {
  if (name.empty() || name[0] == '.') return false;
  for (const char* ext : {".yaml", ".yml", ".json", ".json5", ".env"}) {
    std::string e(ext);
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

std::vector<std::string> check_fixtures(const std::vector<std::string>& paths, const std::vector<std::string>& only_rules) {
  std::vector<std::string> problems;
  std::vector<Input> inputs;
  for (const std::string& p : paths) {
    std::string text = read_text(p);
    Options o = fixture_options(only_rules, text);
    inputs.push_back({std::make_shared<SourceFile>(p, std::move(text)), std::move(o)});
  }
  std::vector<FileResult> results = lint_project(inputs);
  for (size_t f = 0; f < paths.size(); ++f) {
    const std::string& path = paths[f];
    const FileResult& r = results[f];
    std::vector<Expectation> expects = expectations_of(path);
    for (const Diagnostic& d : r.diagnostics) {
      Position p = r.source->position(d.span.begin);
      bool ok = false;
      for (Expectation& e : expects) {
        if (e.matched || e.rule != d.rule || e.line != p.line || (e.column && e.column != p.column)) continue;
        e.matched = ok = true;
        break;
      }
      if (!ok)
        problems.push_back(path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": unexpected [" +
                           d.rule + "] " + d.message);
    }
    for (const Expectation& e : expects)
      if (!e.matched)
        problems.push_back(path + ":" + std::to_string(e.line) + (e.column ? ":" + std::to_string(e.column) : "") +
                           ": expected [" + e.rule + "] but it did not fire there");
  }
  return problems;
}

}  // namespace azlint::test
