#include "lint/env.h"

#include "lint/dotenv.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iterator>

#include <fmt/format.h>

extern char** environ;

namespace azlint {

namespace {

std::shared_ptr<const EnvVars> copy_process_environment() {
  auto vars = std::make_shared<EnvVars>();
  for (char** e = environ; e && *e; ++e) {
    std::string_view kv(*e);
    size_t eq = kv.find('=');
    if (eq == std::string_view::npos || eq == 0) continue;
    std::string name(kv.substr(0, eq));
    vars->emplace(name, EnvEntry{name, std::string(kv.substr(eq + 1)), "", 0});  // first definition wins
  }
  return vars;
}

}  // namespace

// azlint never changes its own environment: one copy serves every run of the process (a warm
// process such as the LSP, or a bench, lints many times).
std::shared_ptr<const EnvVars> read_process_environment() {
  static const std::shared_ptr<const EnvVars> vars = copy_process_environment();
  return vars;
}

void Env::add(EnvEntry entry) {
  if (!entry.file.empty()) file_entries_.push_back(entry);
  if (process_ && process_->count(entry.name)) return;  // the process environment wins
  std::string name = entry.name;
  vars_.emplace(std::move(name), std::move(entry));  // first definition wins
}

void Env::add_process_environment() { use_process_environment(read_process_environment()); }

void Env::use_process_environment(std::shared_ptr<const EnvVars> vars) {
  if (!vars) return;
  if (process_ || !vars_.empty()) {  // not first: added as any definition, earlier ones win
    for (const auto& kv : *vars) vars_.emplace(kv.first, kv.second);
    return;
  }
  process_ = std::move(vars);
}

bool Env::add_file(const std::string& path, uint64_t max_bytes, bool named) {
  std::string reason;
  std::optional<std::string> text = read_input(path, max_bytes, reason);
  if (!text) {
    issues_.push_back({path, reason, named, false});
    return false;
  }
  files_.push_back(path);
  if (!add_text(*text, path))
    issues_.push_back({path, fmt::format("more than {} variables: the rest are ignored", kMaxEnvVariables), named, true});
  return true;
}

bool Env::add_text(std::string_view text, const std::string& label) {
  std::optional<uint32_t> past;
  for (DotenvEntry& e : parse_dotenv(text, kMaxEnvVariables, &past)) {
    if (e.value.empty()) declare({e.name, "", label, e.line});  // `NAME=` in an env file: declared, not set
    add({std::move(e.name), std::move(e.value), label, e.line});
  }
  return !past;
}

void Env::declare(EnvEntry entry) {
  declared_.emplace(entry.name, declarations_.size());  // the first declaration of a name wins
  declarations_.push_back(std::move(entry));
}

const EnvEntry* Env::declaration(std::string_view name) const {
  auto it = declared_.find(name);
  return it == declared_.end() ? nullptr : &declarations_[it->second];
}

std::vector<std::string_view> Env::names_and_declared() const {
  // Three sorted lists of distinct names, merged.
  std::vector<std::string_view> out, set;
  std::vector<std::string_view> own, declared;
  own.reserve(vars_.size());
  for (const auto& kv : vars_) own.push_back(kv.first);
  declared.reserve(declared_.size());
  for (const auto& kv : declared_) declared.push_back(kv.first);
  if (process_) {
    std::vector<std::string_view> process;
    process.reserve(process_->size());
    for (const auto& kv : *process_) process.push_back(kv.first);
    std::set_union(process.begin(), process.end(), own.begin(), own.end(), std::back_inserter(set));
  } else {
    set = std::move(own);
  }
  out.reserve(set.size() + declared.size());
  std::set_union(set.begin(), set.end(), declared.begin(), declared.end(), std::back_inserter(out));
  return out;
}

const EnvEntry* Env::find(std::string_view name) const {
  if (process_)
    if (auto it = process_->find(name); it != process_->end()) return &it->second;
  auto it = vars_.find(name);
  return it == vars_.end() ? nullptr : &it->second;
}

bool Env::is_set(std::string_view name) const {
  const EnvEntry* e = find(name);
  return e && !e->value.empty();
}

std::vector<std::string> Env::names() const {
  std::vector<std::string> out;
  if (!process_) {
    out.reserve(vars_.size());
    for (const auto& kv : vars_) out.push_back(kv.first);
    return out;
  }
  out.reserve(vars_.size() + process_->size());
  auto a = process_->begin(), b = vars_.begin();  // both sorted, no name in both
  while (a != process_->end() || b != vars_.end()) {
    if (b == vars_.end() || (a != process_->end() && a->first < b->first)) out.push_back((a++)->first);
    else out.push_back((b++)->first);
  }
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

std::vector<EnvRef> find_env_refs(std::string_view text, EnvSyntax syntax) {
  if (syntax == EnvSyntax::DollarBrace) return find_env_refs(text);
  std::vector<EnvRef> refs;
  if (syntax == EnvSyntax::OsEnviron) {
    constexpr std::string_view kPrefix = "os.environ/";
    if (text.substr(0, kPrefix.size()) == kPrefix && text.size() > kPrefix.size())
      refs.push_back({std::string(text.substr(kPrefix.size())), 0, static_cast<uint32_t>(text.size())});
    return refs;
  }
  for (const EnvRef& r : find_env_refs(text)) {
    if (r.begin > 0 && text[r.begin - 1] == '$') continue;  // `$${NAME}` is an escape
    bool upper = !r.name.empty() && !std::isdigit(static_cast<unsigned char>(r.name[0]));
    for (char c : r.name) upper &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    if (upper) refs.push_back(r);
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
