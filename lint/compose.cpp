#include "lint/compose.h"

#include <memory>

#include "lint/load_yaml.h"
#include "lint/read_input.h"
#include "lint/strings.h"

namespace azlint {
namespace {

// A scalar's text (ports and paths may be written as numbers).
std::string scalar(const Node* n) { return n && n->is_scalar() && !n->is_null() ? n->text : std::string(); }

std::vector<std::string> words(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  char quote = 0;
  for (char c : s) {
    if (quote) {
      if (c == quote) quote = 0;
      else w += c;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

// "4000", "4000:4000", "127.0.0.1:4000:4000", "[::1]:4000:4000", "4000:4000/tcp".
std::optional<ComposePort> short_port(std::string s) {
  if (size_t slash = s.find('/'); slash != std::string::npos) s.resize(slash);
  ComposePort p;
  if (!s.empty() && s[0] == '[') {
    size_t close = s.find(']');
    if (close == std::string::npos) return std::nullopt;
    p.host_ip = s.substr(1, close - 1);
    s = s.substr(close + 1);
    if (!s.empty() && s[0] == ':') s.erase(0, 1);
  }
  size_t last = s.rfind(':');
  if (last == std::string::npos) {
    p.target = s;
    return p;
  }
  p.target = s.substr(last + 1);
  std::string head = s.substr(0, last);
  size_t mid = head.rfind(':');
  if (mid == std::string::npos) {
    p.published = head;
  } else {
    p.host_ip = head.substr(0, mid);
    p.published = head.substr(mid + 1);
  }
  return p;
}

// A host path as compose writes one in a short volume: `./x`, `../x`, `/x`, `~/x`, `.`.
bool host_path(std::string_view s) {
  return starts_with(s, "./") || starts_with(s, "../") || starts_with(s, "/") || starts_with(s, "~") || s == "." || s == "..";
}

void read_environment(const SourceFile& src, const Node& env, ComposeService& out) {
  auto declare = [&](std::string name, std::string value, const Node& at) {
    if (!name.empty()) out.environment.push_back({std::move(name), std::move(value), src.position(at.key_or_value_span().begin).line});
  };
  for (const Member& m : env.members())  // KEY: value (null: taken from the shell)
    declare(m.key.text, m.value.is_scalar() && !m.value.is_null() ? m.value.text : std::string(), m.key);
  for (const Node& i : env.items()) {  // - KEY=value, - KEY
    if (!i.is_string()) continue;
    size_t eq = i.text.find('=');
    declare(std::string(i.text.substr(0, eq)), eq == std::string::npos ? std::string() : std::string(i.text.substr(eq + 1)), i);
  }
}

void read_env_files(const Node& files, ComposeService& out) {
  std::vector<const Node*> paths;
  if (files.is_string()) paths.push_back(&files);
  for (const Node& i : files.items()) paths.push_back(i.is_mapping() ? i.get("path") : &i);
  for (const Node* n : paths)
    if (n && n->is_string() && !n->text.empty()) out.env_files.push_back(n->text);
}

void read_service(const SourceFile& src, const std::string& name, const Node& svc, ComposeService& out) {
  out.name = name;
  out.container_name = scalar(svc.get("container_name"));
  out.image = scalar(svc.get("image"));
  if (const Node* cmd = svc.get("command")) {
    if (cmd->is_string()) out.command = words(cmd->text);
    else if (cmd->is_sequence())
      for (const Node& w : cmd->items()) out.command.push_back(scalar(&w));
  }
  if (const Node* ports = svc.get("ports"); ports && ports->is_sequence()) {
    for (const Node& p : ports->items()) {
      if (p.is_scalar()) {
        if (auto sp = short_port(scalar(&p))) out.ports.push_back(*sp);
      } else if (p.is_mapping()) {
        out.ports.push_back({scalar(p.get("host_ip")), scalar(p.get("published")), scalar(p.get("target"))});
      }
    }
  }
  if (const Node* env = svc.get("environment")) read_environment(src, *env, out);
  if (const Node* files = svc.get("env_file")) read_env_files(*files, out);
  if (const Node* vols = svc.get("volumes"); vols && vols->is_sequence()) {
    for (const Node& v : vols->items()) {
      if (v.is_string()) {
        // SOURCE:TARGET[:MODE]
        std::string s = v.text;
        size_t a = s.find(':');
        if (a == std::string::npos) continue;
        std::string source = s.substr(0, a);
        std::string rest = s.substr(a + 1);
        std::string target = rest.substr(0, rest.find(':'));
        if (host_path(source) && !target.empty()) out.mounts.push_back({source, target});
      } else if (v.is_mapping()) {
        std::string type = scalar(v.get("type"));
        if (type == "bind") out.mounts.push_back({scalar(v.get("source")), scalar(v.get("target"))});
      }
    }
  }
}

}  // namespace

bool is_compose_name(std::string_view n) {
  if (!(ends_with(n, ".yml") || ends_with(n, ".yaml"))) return false;
  return starts_with(n, "docker-compose") || starts_with(n, "compose");
}

ComposeFile parse_compose(const std::string& path, std::string text, const Limits& limits) {
  ComposeFile out;
  out.path = path;
  auto src = std::make_shared<SourceFile>(path, std::move(text));
  LoadResult r = load_yaml(src, limits);
  if (!r.doc.parsed || !r.doc.root.is_mapping()) return out;
  const Node* services = r.doc.root.get("services");
  if (!services) services = &r.doc.root;  // the version 1 layout: services at the root
  if (!services->is_mapping()) return out;
  for (const Member& m : services->members()) {
    if (!m.value.is_mapping()) continue;
    ComposeService s;
    read_service(*src, m.key.text, m.value, s);
    out.services.push_back(std::move(s));
  }
  return out;
}

std::optional<ComposeFile> read_compose(const std::string& path, const Limits& limits) {
  std::string reason;
  std::optional<std::string> text = read_input(path, limits.max_file_bytes, reason);
  if (!text) return std::nullopt;
  return parse_compose(path, std::move(*text), limits);
}

}  // namespace azlint
