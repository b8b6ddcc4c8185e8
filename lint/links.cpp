#include "lint/links.h"

#include <algorithm>
#include <filesystem>

#include "lint/ascii.h"
#include "lint/check_memo.h"
#include "lint/gateway.h"
#include "lint/strings.h"
#include "lint/work_tree.h"

namespace fs = std::filesystem;

namespace azlint {
namespace {

bool same_host(const std::string& a, const std::string& b) {
  return a == b || (is_loopback_host(a) && is_loopback_host(b));
}

bool is_litellm(const Document* d) { return d && d->gateway && d->gateway->id() == "litellm"; }

// A `links:` key: "localhost:4000", "http://localhost:4000", "[::1]:4000".
Address parse_link_key(const std::string& key) {
  if (key.find("://") != std::string::npos) return address_of(split_url(key));
  return address_of(split_url("http://" + key));
}

void add(LinkedConfigs& out, const Document* d) {
  if (is_litellm(d) && std::find(out.docs.begin(), out.docs.end(), d) == out.docs.end()) out.docs.push_back(d);
}

// The path shown for a file read beside `from`: from's folder as given, joined with the path.
std::string shown_beside(const Document& from, const fs::path& relative_to_from_dir) {
  return (fs::path(from.source->path()).parent_path() / relative_to_from_dir).lexically_normal().string();
}

// Where a file at `abs` is shown: relative to from's folder when it can be, else absolute.
std::string shown_for(const Document& from, const fs::path& abs) {
  fs::path from_dir = fs::path(Project::key_of(from.source->path())).parent_path();
  fs::path rel = abs.lexically_normal().lexically_relative(from_dir);
  if (rel.empty()) return abs.lexically_normal().string();
  return shown_beside(from, rel);
}

bool is_litellm_service(const ComposeService& s) {
  std::string image = ascii_lower(s.image);
  return image.find("litellm") != std::string::npos || ascii_lower(s.name).find("litellm") != std::string::npos ||
         ascii_lower(s.container_name).find("litellm") != std::string::npos ||
         (!s.command.empty() && s.command.front() == "litellm");
}

// The value of `--flag V`, `--flag=V` (or a short alias) in a command, or "".
std::string flag(const std::vector<std::string>& cmd, std::initializer_list<std::string_view> names) {
  for (size_t i = 0; i < cmd.size(); ++i)
    for (std::string_view n : names) {
      if (cmd[i] == n && i + 1 < cmd.size()) return cmd[i + 1];
      if (starts_with(cmd[i], std::string(n) + "=")) return cmd[i].substr(n.size() + 1);
    }
  return {};
}

bool answers(const ComposeService& s, const Address& to) {
  std::string listen = flag(s.command, {"--port"});
  if (listen.empty()) listen = "4000";
  if (is_loopback_host(to.host)) {
    for (const ComposePort& p : s.ports) {
      if (p.published.empty() || p.published != to.port) continue;
      if (p.host_ip.empty() || is_loopback_host(p.host_ip)) return true;
    }
    return false;
  }
  return (to.host == ascii_lower(s.name) || (!s.container_name.empty() && to.host == ascii_lower(s.container_name))) &&
         to.port == listen;
}

// The host path of the config the LiteLLM service reads, or "" when no bind mount provides it.
fs::path mounted_config(const ComposeFile& file, const ComposeService& s) {
  std::string config = flag(s.command, {"--config", "-c"});
  if (config.empty()) config = "/app/config.yaml";
  fs::path in_container = fs::path(config).is_absolute() ? fs::path(config) : fs::path("/app") / config;
  in_container = in_container.lexically_normal();
  fs::path base = fs::path(Project::key_of(file.path)).parent_path();
  for (const ComposeMount& m : s.mounts) {
    if (m.source.empty() || m.target.empty() || m.source[0] == '~') continue;
    fs::path target = fs::path(m.target).lexically_normal();
    fs::path rest = in_container.lexically_relative(target);
    if (rest.empty() || *rest.begin() == "..") continue;
    fs::path source = fs::path(m.source).is_absolute() ? fs::path(m.source) : base / m.source;
    return (rest == "." ? source : source / rest).lexically_normal();
  }
  return {};
}

// The folders compose files are looked for in: from's folder up to the work-tree root.
std::vector<std::string> compose_folders(const std::string& dir) {
  std::vector<std::string> out{dir};
  std::string root = check_memo::remember(check_memo::Table::WorkTreeRoot, dir, work_tree_root);
  if (root.empty()) return out;
  fs::path d(dir);
  for (int i = 0; i < 64 && d.string() != root && d != d.root_path(); ++i) {
    d = d.parent_path();
    out.push_back(d.string());
  }
  return out;
}

}  // namespace

bool is_loopback_host(const std::string& h) {
  return h == "localhost" || ends_with(h, ".localhost") || starts_with(h, "127.") || h == "::1" || h == "0.0.0.0";
}

Address address_of(const UrlParts& url) {
  Address a{ascii_lower(url.host), url.port};
  if (a.port.empty()) a.port = url.scheme == "https" ? "443" : url.scheme == "http" ? "80" : "";
  return a;
}

std::string path_from(const Document& from, const Document& doc) {
  fs::path from_dir = fs::path(Project::key_of(from.source->path())).parent_path();
  fs::path rel = fs::path(Project::key_of(doc.source->path())).lexically_relative(from_dir);
  return rel.empty() ? doc.source->path() : rel.string();
}

namespace {

LinkedConfigs find_linked(const Project& project, const Document& from, const Config& config, const Address& to,
                          bool same_folder, std::vector<std::string>& looked_in) {
  LinkedConfigs out;
  const std::string& path = from.source->path();
  if (path.empty() || path == "-" || path == "<stdin>") return out;  // no folder: no link
  fs::path dir = fs::path(Project::key_of(path)).parent_path();
  // 1. `.azlint.yaml` links
  if (!config.path.empty()) {
    fs::path base = fs::path(Project::key_of(config.path)).parent_path();
    for (const auto& [key, targets] : config.links) {
      Address a = parse_link_key(key);
      if (!same_host(a.host, to.host) || a.port != to.port) continue;
      for (const std::string& t : targets) {
        fs::path abs = (fs::path(t).is_absolute() ? fs::path(t) : base / t).lexically_normal();
        add(out, project.document_at(abs.string(), shown_for(from, abs)));
      }
    }
    if (!out.docs.empty()) {
      out.via = fs::path(config.path).filename().string() + " links";
      return out;
    }
  }
  // 2. compose files
  std::vector<std::string> vias;
  for (const std::string& folder : compose_folders(dir.string()))
    for (const ComposeFile& file : project.compose_files_in(folder))
      for (const ComposeService& s : file.services) {
        if (!is_litellm_service(s) || !answers(s, to)) continue;
        fs::path cfg = mounted_config(file, s);
        if (cfg.empty()) continue;
        size_t before = out.docs.size();
        add(out, project.document_at(cfg.string(), shown_for(from, cfg)));
        if (out.docs.size() > before) vias.push_back(fs::path(file.path).lexically_relative(dir).string());
      }
  if (!out.docs.empty()) {
    for (size_t i = 0; i < vias.size(); ++i)
      if (std::find(vias.begin(), vias.begin() + i, vias[i]) == vias.begin() + i) out.via += (out.via.empty() ? "" : ", ") + vias[i];
    return out;
  }
  // 3. the same folder
  if (same_folder) {
    looked_in.push_back(dir.string() + "/");
    for (const Document* d : project.documents_in(dir.string(), fs::path(path).parent_path().string()))
      if (d->source != from.source) add(out, d);
    if (!out.docs.empty()) out.via = "the same folder";
  }
  return out;
}

}  // namespace

LinkedConfigs linked_proxy_configs(const Project& project, const Document& from, const Config& config, const Address& to,
                                   bool same_folder) {
  std::vector<std::string> keys;
  LinkedConfigs out = find_linked(project, from, config, to, same_folder, keys);
  for (const Document* d : out.docs) keys.push_back(Project::key_of(d->source->path()));
  if (!keys.empty()) project.note_linked(from, keys);
  return out;
}

}  // namespace azlint
