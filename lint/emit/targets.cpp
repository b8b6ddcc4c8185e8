// Which release each file was checked against, as every format names it.
#include <map>

#include "lint/emit/emit.h"

namespace azlint {

std::string target_of(const FileResult& r) {
  const GatewayForm& c = r.checked_as;
  return c.gateway && c.release ? std::string(c.gateway->id()) + "@" + std::string(c.release->version) : std::string();
}

std::vector<std::string> run_targets(const std::vector<FileResult>& results) {
  std::vector<std::string> out;
  for (const FileResult& r : results)
    if (std::string t = target_of(r); !t.empty()) out.push_back(std::move(t));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string checked_against(const std::vector<FileResult>& results) {
  // gateway -> release -> files
  std::map<std::string, std::map<std::string, std::vector<std::string>>> seen;
  for (const FileResult& r : results)
    if (!target_of(r).empty())
      seen[std::string(r.checked_as.gateway->id())][std::string(r.checked_as.release->version)].push_back(r.source->path());
  std::string out;
  for (const auto& [gateway, releases] : seen) {
    for (const auto& [release, files] : releases) {
      out += (out.empty() ? "" : ", ") + gateway + " " + release;
      if (releases.size() == 1) continue;  // one release of this gateway: no need to say which files
      out += " (";
      for (size_t i = 0; i < files.size() && i < 3; ++i) out += (i ? ", " : "") + files[i];
      if (files.size() > 3) out += ", …";
      out += ")";
    }
  }
  return out.empty() ? out : "checked against " + out;
}

}  // namespace azlint
