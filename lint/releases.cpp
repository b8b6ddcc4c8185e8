#include "lint/releases.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <mutex>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lint/embedded.h"
#include "lint/gateways.h"
#include "lint/trusted_json.h"

namespace azlint {

namespace {

constexpr std::string_view kHandWritten = "hand-written";

std::string text_of(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The catalogs' strings, for the string_views of the Releases (gateways are built on first use,
// perhaps by several threads at once).
std::string_view intern(std::string s) {
  static std::mutex mutex;
  static std::deque<std::string> pool;
  std::lock_guard<std::mutex> lock(mutex);
  return pool.emplace_back(std::move(s));
}

// What VERSION means for a gateway beyond "a version of its package", for the help of an unknown
// one. (LibreChat's note would belong to its folder once a gateway can say it.)
std::string version_note(const Gateway& g) {
  const std::vector<Release>& all = g.releases();
  if (all.size() == 1 && all.front().package.empty())
    return fmt::format("{} has one hand-written release, \"{}\"{}", g.id(), all.front().version,
                       all.front().describes.empty() ? "" : " (" + std::string(all.front().describes) + ")");
  std::string note = all.front().package.empty() ? std::string()
                                                 : fmt::format("VERSION is a version of the npm package {}", all.front().package);
  if (g.id() == "librechat")
    note += " (with or without a leading `v`); LibreChat release tags (v0.8.0, v0.7.7-rc1, …) are not accepted: "
            "no table of tags to the librechat-data-provider version each ships could be cited";
  return note;
}

std::string bundled_list(const Gateway& g) {
  std::string out;
  const std::vector<Release>& all = g.releases();
  for (auto it = all.rbegin(); it != all.rend(); ++it)
    out += (out.empty() ? "" : ", ") + std::string(it->version) + (&*it == &all.front() ? " (newest)" : "");
  return out;
}

std::string known_gateways() {
  std::string out;
  for (const Gateway* g : all_gateways()) out += (out.empty() ? "" : ", ") + std::string(g->id());
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

const Release* find_version(const Gateway& g, std::string_view version) {
  return g.release(normalize_version(version));
}

}  // namespace

std::vector<Release> catalog_releases(std::string_view gateway, const std::vector<Release::Schema>& hand_written) {
  const std::string path = "schemas/" + std::string(gateway) + "/releases.json";
  nlohmann::json j = read_embedded_json(embedded_file(path));
  if (j.is_discarded() || !j.is_object() || !j.contains("releases") || !j["releases"].is_object())
    return {Release{kHandWritten, "", hand_written, "", ""}};
  const std::string package = text_of(j, "package");
  const std::string newest = text_of(j, "newest");
  std::vector<Release> out;
  for (const auto& [version, r] : j["releases"].items()) {
    if (!r.is_object()) continue;
    Release rel;
    rel.version = intern(version);
    rel.config_version = intern(text_of(r, "config_version"));
    rel.describes = intern(text_of(r, "describes"));
    if (!r.value("hand_written", false)) rel.package = intern(package);
    if (auto named = r.find("schemas"); named != r.end() && named->is_object()) {
      for (const auto& [form, p] : named->items())
        if (p.is_string()) rel.schemas.push_back({intern(form), intern(p.get<std::string>())});
    } else {
      for (const Release::Schema& s : hand_written) {
        std::string generated = fmt::format("schemas/{}/{}.schema.json", gateway, version);
        bool own = s.form == gateway && !embedded_file(generated).empty();
        rel.schemas.push_back({s.form, own ? intern(std::move(generated)) : s.path});
      }
    }
    out.push_back(std::move(rel));
  }
  if (out.empty()) return {Release{kHandWritten, "", hand_written, "", ""}};
  // Newest first, and the file's "newest" is the default whatever its number.
  std::sort(out.begin(), out.end(), [](const Release& a, const Release& b) { return compare_versions(a.version, b.version) > 0; });
  auto chosen = std::find_if(out.begin(), out.end(), [&](const Release& r) { return r.version == newest; });
  if (chosen != out.end()) std::rotate(out.begin(), chosen, chosen + 1);
  return out;
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
  const Gateway* g = find_gateway(gateway);
  if (!g || g->releases().empty()) {
    error.message = fmt::format("unknown gateway \"{}\" (gateways: {})", gateway, known_gateways());
    error.help = "see `azlint targets` for the bundled releases of each";
    return nullptr;
  }
  if (const Release* r = find_version(*g, version)) return r;
  error.message = fmt::format("{} has no bundled release \"{}\" (bundled: {})", g->id(), version, bundled_list(*g));
  error.help = version_note(*g);
  if (!error.help.empty()) error.help += "; ";
  error.help += "see `azlint targets`";
  return nullptr;
}

std::optional<ReleaseTarget> parse_target(std::string_view spec, ReleaseError& error) {
  size_t at = spec.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == spec.size()) {
    const Gateway* first = all_gateways().empty() ? nullptr : all_gateways().front();
    error.message = "expected GATEWAY@VERSION";
    error.help = first && !first->releases().empty()
                     ? fmt::format("e.g. {}@{}; see `azlint targets`", first->id(), first->releases().front().version)
                     : std::string("see `azlint targets`");
    return std::nullopt;
  }
  std::string_view gateway = spec.substr(0, at);
  const Release* r = resolve_release(gateway, spec.substr(at + 1), error);
  if (!r) return std::nullopt;
  return ReleaseTarget{std::string(gateway), std::string(r->version)};
}

const Release* choose_release(const Gateway* gateway, const std::map<std::string, std::string>& cli,
                              const std::map<std::string, std::string>& config) {
  if (!gateway || gateway->releases().empty()) return nullptr;
  for (const auto* chosen : {&cli, &config}) {
    auto it = chosen->find(std::string(gateway->id()));
    if (it == chosen->end()) continue;
    if (const Release* r = find_version(*gateway, it->second)) return r;
  }
  return &gateway->releases().front();
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
