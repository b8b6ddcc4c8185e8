#include "lint/releases.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lint/embedded.h"

namespace azlint {

namespace {

constexpr std::string_view kPrefix = "schemas/";
constexpr std::string_view kSuffix = "/releases.json";

std::string text_of(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<GatewayReleases> parse_catalog(std::string_view id, std::string_view content) {
  nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("releases") || !j["releases"].is_object()) return std::nullopt;
  GatewayReleases g;
  g.gateway = std::string(id);
  g.package = text_of(j, "package");
  g.newest = text_of(j, "newest");
  for (const auto& [version, r] : j["releases"].items()) {
    if (!r.is_object()) continue;
    Release rel;
    rel.version = version;
    rel.package = text_of(r, "package");
    rel.config_version = text_of(r, "config_version");
    rel.describes = text_of(r, "describes");
    rel.hand_written = r.value("hand_written", false);
    std::vector<std::string> named;
    if (auto s = r.find("schemas"); s != r.end() && s->is_array())
      for (const auto& p : *s)
        if (p.is_string()) named.push_back(p.get<std::string>());
    if (named.empty()) named.push_back(fmt::format("schemas/{}/{}.schema.json", id, version));
    for (const std::string& p : named)
      if (!embedded_file(p).empty()) rel.schemas.push_back(p);
    g.releases.push_back(std::move(rel));
  }
  if (g.releases.empty()) return std::nullopt;
  std::sort(g.releases.begin(), g.releases.end(),
            [](const Release& a, const Release& b) { return compare_versions(a.version, b.version) < 0; });
  if (!g.find(g.newest)) g.newest = g.releases.back().version;
  return g;
}

// What VERSION means for a gateway beyond "a version of its package", for the help of an unknown
// one. (The gateway folders will own this once gateways are objects.)
std::string version_note(const GatewayReleases& g) {
  if (g.releases.size() == 1 && g.releases.front().hand_written)
    return fmt::format("{} has one hand-written release, \"{}\" ({})", g.gateway, g.newest, g.releases.front().describes);
  std::string note = g.package.empty() ? std::string() : fmt::format("VERSION is a version of the npm package {}", g.package);
  if (g.gateway == "librechat")
    note += " (with or without a leading `v`); LibreChat release tags (v0.8.0, v0.7.7-rc1, …) are not accepted: "
            "no table of tags to the librechat-data-provider version each ships could be cited";
  return note;
}

std::string bundled_list(const GatewayReleases& g) {
  std::string out;
  for (const Release& r : g.releases)
    out += (out.empty() ? "" : ", ") + r.version + (r.version == g.newest ? " (newest)" : "");
  return out;
}

std::string known_gateways() {
  std::string out;
  for (const GatewayReleases& g : release_catalog()) out += (out.empty() ? "" : ", ") + g.gateway;
  return out;
}

// A version part: its number, or nullopt when it is not all digits (or too long to be one).
std::optional<uint64_t> number(std::string_view part) {
  if (part.empty() || part.size() > 18) return std::nullopt;
  uint64_t n = 0;
  for (char c : part) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return n;
}

std::string_view next_part(std::string_view& rest) {
  size_t dot = rest.find('.');
  std::string_view part = rest.substr(0, dot);
  rest = dot == std::string_view::npos ? std::string_view() : rest.substr(dot + 1);
  return part;
}

}  // namespace

const Release* GatewayReleases::find(std::string_view version) const {
  std::string v = normalize_version(version);
  for (const Release& r : releases)
    if (r.version == v) return &r;
  return nullptr;
}

const Release& GatewayReleases::newest_release() const {
  const Release* r = find(newest);
  return r ? *r : releases.back();
}

const std::vector<GatewayReleases>& release_catalog() {
  static const std::vector<GatewayReleases> catalog = [] {
    std::vector<GatewayReleases> out;
    for (const EmbeddedFile* f = embedded_files_begin(); f != embedded_files_end(); ++f) {
      std::string_view p = f->path;
      if (p.size() <= kPrefix.size() + kSuffix.size() || p.substr(0, kPrefix.size()) != kPrefix ||
          p.substr(p.size() - kSuffix.size()) != kSuffix)
        continue;
      std::string_view id = p.substr(kPrefix.size(), p.size() - kPrefix.size() - kSuffix.size());
      if (id.find('/') != std::string_view::npos) continue;
      bool seen = std::any_of(out.begin(), out.end(), [&](const GatewayReleases& g) { return g.gateway == id; });
      if (seen) continue;
      if (auto g = parse_catalog(id, f->content)) out.push_back(std::move(*g));
    }
    std::sort(out.begin(), out.end(), [](const GatewayReleases& a, const GatewayReleases& b) { return a.gateway < b.gateway; });
    return out;
  }();
  return catalog;
}

const GatewayReleases* gateway_releases(std::string_view gateway) {
  for (const GatewayReleases& g : release_catalog())
    if (g.gateway == gateway) return &g;
  return nullptr;
}

std::string gateway_id(Dialect d) {
  if (d == Dialect::Unknown) return {};
  if (d == Dialect::OpenWebUIEnv) return std::string(dialect_name(Dialect::OpenWebUI));
  return std::string(dialect_name(d));
}

std::string normalize_version(std::string_view version) {
  size_t b = version.find_first_not_of(" \t");
  size_t e = version.find_last_not_of(" \t");
  version = b == std::string_view::npos ? std::string_view() : version.substr(b, e - b + 1);
  if (version.size() > 1 && (version[0] == 'v' || version[0] == 'V') && std::isdigit(static_cast<unsigned char>(version[1])))
    version.remove_prefix(1);
  return std::string(version);
}

const Release* resolve_release(std::string_view gateway, std::string_view version, ReleaseError& error) {
  const GatewayReleases* g = gateway_releases(gateway);
  if (!g) {
    error.message = fmt::format("unknown gateway \"{}\" (gateways with releases: {})", gateway, known_gateways());
    error.help = "see `azlint targets` for the bundled releases of each";
    return nullptr;
  }
  if (const Release* r = g->find(version)) return r;
  error.message = fmt::format("{} has no bundled release \"{}\" (bundled: {})", g->gateway, version, bundled_list(*g));
  error.help = version_note(*g);
  if (!error.help.empty()) error.help += "; ";
  error.help += "see `azlint targets`";
  return nullptr;
}

std::optional<Target> parse_target(std::string_view spec, ReleaseError& error) {
  size_t at = spec.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == spec.size()) {
    const GatewayReleases* first = release_catalog().empty() ? nullptr : &release_catalog().front();
    error.message = "expected GATEWAY@VERSION";
    error.help = first ? fmt::format("e.g. {}@{}; see `azlint targets`", first->gateway, first->newest)
                       : std::string("see `azlint targets`");
    return std::nullopt;
  }
  std::string_view gateway = spec.substr(0, at);
  const Release* r = resolve_release(gateway, spec.substr(at + 1), error);
  if (!r) return std::nullopt;
  return Target{std::string(gateway), r->version};
}

std::string choose_release(Dialect d, const std::map<std::string, std::string>& cli,
                           const std::map<std::string, std::string>& config) {
  const GatewayReleases* g = gateway_releases(gateway_id(d));
  if (!g) return {};
  for (const auto* chosen : {&cli, &config}) {
    auto it = chosen->find(g->gateway);
    if (it == chosen->end()) continue;
    if (const Release* r = g->find(it->second)) return r->version;
  }
  return g->newest_release().version;
}

const Release* release_of(const Document& doc) {
  const GatewayReleases* g = gateway_releases(gateway_id(doc.dialect));
  return g ? g->find(doc.release) : nullptr;
}

int compare_versions(std::string_view a, std::string_view b) {
  while (!a.empty() || !b.empty()) {
    std::string_view pa = next_part(a), pb = next_part(b);
    std::optional<uint64_t> na = number(pa), nb = number(pb);
    if (na && nb) {
      if (*na != *nb) return *na < *nb ? -1 : 1;
    } else if (int c = pa.compare(pb); c != 0) {
      return c < 0 ? -1 : 1;
    }
  }
  return 0;
}

bool version_in_range(std::string_view version, std::string_view range) {
  size_t pos = 0;
  while (pos < range.size()) {
    size_t end = range.find(' ', pos);
    std::string_view cmp = range.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    pos = end == std::string_view::npos ? range.size() : end + 1;
    if (cmp.empty()) continue;
    size_t op_len = cmp.find_first_not_of("<>=");
    if (op_len == std::string_view::npos) return false;
    std::string_view op = cmp.substr(0, op_len);
    int c = compare_versions(version, normalize_version(cmp.substr(op_len)));
    bool holds = op == ">=" ? c >= 0 : op == ">" ? c > 0 : op == "<=" ? c <= 0 : op == "<" ? c < 0 : c == 0;
    if (!holds) return false;
  }
  return true;
}

}  // namespace azlint
