#include "lint/gateway.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <mutex>

#include <nlohmann/json.hpp>

#include "lint/embedded.h"

namespace azlint {

std::string_view Release::schema(std::string_view form) const {
  for (const Schema& s : schemas)
    if (s.form == form) return s.path;
  return {};
}

const Release* Gateway::release(std::string_view version) const {
  for (const Release& r : releases())
    if (r.version == version) return &r;
  return nullptr;
}

const Form* Gateway::form(std::string_view id) const {
  for (const Form& f : forms())
    if (f.id == id) return &f;
  return nullptr;
}

bool name_matches(std::string_view base, std::string_view prefix, std::initializer_list<std::string_view> extensions) {
  if (base.substr(0, prefix.size()) != prefix) return false;
  for (std::string_view ext : extensions)
    if (base.size() >= ext.size() && base.substr(base.size() - ext.size()) == ext) return true;
  return false;
}

std::string generic_place(const std::string& pointer) {
  if (pointer.empty()) return "the top level";
  auto last = [](const std::string& p) { return p.substr(p.rfind('/') + 1); };
  std::string t = last(pointer);
  if (!t.empty() && t.size() < 10 && t.find_first_not_of("0123456789") == std::string::npos) {
    std::string parent = pointer.substr(0, pointer.rfind('/'));
    return "item " + std::to_string(std::stoul(t) + 1) + " of `" + last(parent) + "`";
  }
  return "`" + t + "`";
}

namespace {

// "0.8.524" < "0.8.1000": numeric, part by part.
bool older(std::string_view a, std::string_view b) {
  while (!a.empty() || !b.empty()) {
    auto part = [](std::string_view& v) {
      size_t dot = v.find('.');
      unsigned long n = std::strtoul(std::string(v.substr(0, dot)).c_str(), nullptr, 10);
      v = dot == std::string_view::npos ? std::string_view() : v.substr(dot + 1);
      return n;
    };
    unsigned long x = part(a), y = part(b);
    if (x != y) return x < y;
  }
  return false;
}

}  // namespace

std::vector<Release> releases_from_catalog(std::string_view id) {
  // Release holds views: the strings they view live here, as long as the program.
  static std::mutex mu;
  static std::deque<std::string> strings;
  std::lock_guard<std::mutex> lock(mu);
  auto keep = [&](std::string s) -> std::string_view { return strings.emplace_back(std::move(s)); };
  const std::string dir = "schemas/" + std::string(id) + "/";
  std::string_view text = embedded_file(dir + "releases.json");
  nlohmann::json catalog = text.empty() ? nlohmann::json() : nlohmann::json::parse(text, nullptr, false);
  std::vector<Release> out;
  if (!catalog.is_object() || !catalog.contains("releases") || !catalog["releases"].is_object()) return out;
  const std::string_view form = keep(std::string(id));
  for (const auto& [version, about] : catalog["releases"].items()) {
    std::string path = dir + version + ".schema.json";
    if (embedded_file(path).empty()) continue;
    std::string config_version;
    if (about.is_object() && about.contains("config_version") && about["config_version"].is_string())
      config_version = about["config_version"].get<std::string>();
    out.push_back(Release{keep(version), keep(std::move(config_version)), {{form, keep(std::move(path))}}});
  }
  std::sort(out.begin(), out.end(), [](const Release& a, const Release& b) { return older(b.version, a.version); });
  return out;
}

std::string_view schema_path(const Gateway* gateway, const Form* form, const Release* release) {
  if (!gateway || !form || !release) return {};
  return release->schema(form->id);
}

std::string_view schema_path(const Document& doc) { return schema_path(doc.gateway, doc.form, doc.release); }

}  // namespace azlint
