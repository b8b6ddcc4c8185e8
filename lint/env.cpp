#include "lint/env.h"

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

extern char** environ;

namespace azlint {

void Env::add(EnvEntry entry) {
  if (!entry.file.empty()) file_entries_.push_back(entry);
  std::string name = entry.name;
  vars_.emplace(std::move(name), std::move(entry));  // first definition wins
}

void Env::add_process_environment() {
  for (char** e = environ; e && *e; ++e) {
    std::string_view kv(*e);
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    add({std::string(kv.substr(0, eq)), std::string(kv.substr(eq + 1)), "", 0});
  }
}

bool Env::add_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  files_.push_back(path);
  add_text(ss.str(), path);
  return true;
}

// dotenv: `[export] KEY=VALUE`, `#` comments, '…' / "…" / `…` quoting (double quotes may span
// lines and expand \n), inline ` #` comments after unquoted values.
void Env::add_text(std::string_view text, const std::string& label) {
  uint32_t line_no = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t eol = text.find('\n', i);
    if (eol == std::string_view::npos) eol = text.size();
    ++line_no;
    uint32_t this_line = line_no;
    std::string_view line = text.substr(i, eol - i);
    size_t next = eol + 1;
    size_t p = 0;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    if (line.substr(p, 7) == "export ") p += 7;
    while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
    size_t eq = line.find('=', p);
    if (p < line.size() && line[p] != '#' && eq != std::string_view::npos) {
      std::string_view key = line.substr(p, eq - p);
      while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) key.remove_suffix(1);
      bool valid = !key.empty();
      for (char c : key) valid &= (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-');
      size_t v = eq + 1;
      while (v < line.size() && (line[v] == ' ' || line[v] == '\t')) ++v;
      std::string value;
      if (v < line.size() && (line[v] == '"' || line[v] == '\'' || line[v] == '`')) {
        char q = line[v];
        // the value may continue over lines until the closing quote
        size_t start = i + v + 1;
        size_t close = text.find(q, start);
        while (q == '"' && close != std::string_view::npos && close > start && text[close - 1] == '\\')
          close = text.find(q, close + 1);
        if (close == std::string_view::npos) {
          value = std::string(line.substr(v));  // unterminated: take the rest of the line as is
        } else {
          std::string_view raw = text.substr(start, close - start);
          for (size_t k = 0; k < raw.size(); ++k) {
            if (q == '"' && raw[k] == '\\' && k + 1 < raw.size()) {
              char c = raw[++k];
              value += c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c;
            } else {
              if (raw[k] == '\n') ++line_no;
              value += raw[k];
            }
          }
          size_t after = text.find('\n', close);
          next = after == std::string_view::npos ? text.size() : after + 1;
        }
      } else {
        std::string_view raw = line.substr(v);
        size_t hash = raw.find(" #");
        if (hash != std::string_view::npos) raw = raw.substr(0, hash);
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\r')) raw.remove_suffix(1);
        value = std::string(raw);
      }
      if (valid) add({std::string(key), std::move(value), label, this_line});
    }
    i = next;
  }
}

const EnvEntry* Env::find(std::string_view name) const {
  auto it = vars_.find(name);
  return it == vars_.end() ? nullptr : &it->second;
}

bool Env::is_set(std::string_view name) const {
  const EnvEntry* e = find(name);
  return e && !e->value.empty();
}

std::vector<std::string> Env::names() const {
  std::vector<std::string> out;
  out.reserve(vars_.size());
  for (const auto& kv : vars_) out.push_back(kv.first);
  return out;
}

std::vector<EnvRef> find_env_refs(std::string_view text) {
  std::vector<EnvRef> refs;
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '$' || text[i + 1] != '{') continue;
    size_t close = text.find('}', i + 2);
    if (close == std::string_view::npos) break;
    if (close == i + 2) continue;
    refs.push_back({std::string(text.substr(i + 2, close - i - 2)), static_cast<uint32_t>(i), static_cast<uint32_t>(close + 1)});
    i = close;
  }
  return refs;
}

std::optional<std::string> whole_env_ref(std::string_view text) {
  // LibreChat trims and matches /^\$\{(.+)\}$/
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.size() < 4 || text.substr(0, 2) != "${" || text.back() != '}') return std::nullopt;
  std::string_view name = text.substr(2, text.size() - 3);
  if (name.find('\n') != std::string_view::npos) return std::nullopt;
  return std::string(name);
}

std::string expand_env(std::string_view text, const Env& env) {
  std::string out;
  size_t last = 0;
  for (const EnvRef& r : find_env_refs(text)) {
    out.append(text.substr(last, r.begin - last));
    const EnvEntry* e = env.find(r.name);
    if (e && !e->value.empty()) out += e->value;
    else out.append(text.substr(r.begin, r.end - r.begin));
    last = r.end;
  }
  out.append(text.substr(last));
  return out;
}

Span text_span(const SourceFile& src, const Node& node, uint32_t begin, uint32_t end) {
  uint32_t open = node.quoted() ? 1 : 0;
  uint32_t b = node.span.begin + open;
  if (node.style == Node::Style::Literal || node.style == Node::Style::Folded) return node.span;
  if (b + node.text.size() > src.size()) return node.span;
  if (std::string_view(src.text()).substr(b, node.text.size()) != node.text) return node.span;
  return {b + begin, b + end};
}

}  // namespace azlint
