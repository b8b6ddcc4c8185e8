#include "fixture_runner.h"

#include <fstream>
#include <sstream>

#include "lint/comments.h"

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

std::vector<Expectation> parse_expectations(const std::string& text) {
  std::vector<Expectation> out;
  for (const Comment& c : scan_yaml_comments(text)) {
    // the expectation may follow another comment on the line: `# azlint: … # expect: id`
    std::string t = trim(std::string(c.text));
    size_t nested = t.find("# expect");
    if (t.rfind("expect", 0) != 0 && nested != std::string::npos) t = t.substr(nested + 2);
    int offset = 0;
    bool file = false;
    if (t.rfind("expect-file:", 0) == 0) {
      file = true;
      t = t.substr(12);
    } else if (t.rfind("expect[", 0) == 0) {
      size_t close = t.find("]:");
      if (close == std::string::npos) continue;
      offset = std::stoi(t.substr(7, close - 7));
      t = t.substr(close + 2);
    } else if (t.rfind("expect:", 0) == 0) {
      t = t.substr(7);
    } else {
      continue;
    }
    std::stringstream ss(t);
    std::string item;
    while (std::getline(ss, item, ',')) {
      item = trim(item);
      if (item.empty()) continue;
      Expectation e;
      size_t at = item.find('@');
      e.rule = item.substr(0, at);
      if (at != std::string::npos) e.column = static_cast<uint32_t>(std::stoul(item.substr(at + 1)));
      e.line = file ? 1 : static_cast<uint32_t>(static_cast<int>(c.line) + offset);
      out.push_back(e);
    }
  }
  return out;
}

Options fixture_options(const std::vector<std::string>& only_rules) {
  Options o;
  o.process_env = false;
  o.only.insert(only_rules.begin(), only_rules.end());
  return o;
}

std::vector<std::string> check_fixture(const std::string& path, const std::vector<std::string>& only_rules) {
  std::vector<std::string> problems;
  std::string text = read_text(path);
  auto src = std::make_shared<SourceFile>(path, text);
  FileResult r = lint_source(src, fixture_options(only_rules));
  std::vector<Expectation> expects = parse_expectations(text);
  for (const Diagnostic& d : r.diagnostics) {
    Position p = src->position(d.span.begin);
    bool ok = false;
    for (Expectation& e : expects) {
      if (e.matched || e.rule != d.rule || e.line != p.line || (e.column && e.column != p.column)) continue;
      e.matched = ok = true;
      break;
    }
    if (!ok)
      problems.push_back(path + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ": unexpected [" + d.rule +
                         "] " + d.message);
  }
  for (const Expectation& e : expects)
    if (!e.matched)
      problems.push_back(path + ":" + std::to_string(e.line) + (e.column ? ":" + std::to_string(e.column) : "") +
                         ": expected [" + e.rule + "] but it did not fire there");
  return problems;
}

}  // namespace azlint::test
