#include "lint/project.h"

#include <algorithm>
#include <filesystem>

#include "lint/config_names.h"
#include "lint/gateways.h"
#include "lint/load.h"
#include "lint/read_input.h"

namespace fs = std::filesystem;

namespace azlint {

std::string Project::key_of(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) p = fs::absolute(path, ec).lexically_normal();
  return p.string();
}

Project::Project(std::vector<const Document*> documents, Limits limits) : documents_(std::move(documents)), limits_(limits) {
  for (const Document* d : documents_) {
    const std::string& path = d->source->path();
    if (path.empty() || path == "-" || path == "<stdin>") continue;
    std::string key = key_of(path);
    if (by_path_.emplace(key, d).second) run_in_dir_[fs::path(key).parent_path().string()].push_back(key);
  }
}

const Document* Project::document_at_locked(const std::string& key, const std::string& shown) const {
  if (auto it = by_path_.find(key); it != by_path_.end()) return it->second;
  if (auto it = read_.find(key); it != read_.end()) return it->second;
  const Document* out = nullptr;
  std::string reason;
  if (std::optional<std::string> text = read_input(key, limits_.max_file_bytes, reason)) {
    LoadResult r = load_and_classify(std::make_shared<SourceFile>(shown, std::move(*text)), GatewayForm{}, limits_);
    if (r.doc.parsed) {
      owned_.push_back(std::move(r.doc));
      out = &owned_.back();
    }
  }
  read_.emplace(key, out);
  return out;
}

const Document* Project::document_at(const std::string& path, const std::string& shown) const {
  std::string key = key_of(path);
  std::lock_guard<std::mutex> lock(mu_);
  return document_at_locked(key, shown);
}

std::vector<const Document*> Project::documents_in(const std::string& dir, const std::string& shown_dir) const {
  std::string dir_key = key_of(dir);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (auto it = in_dir_.find(dir_key); it != in_dir_.end()) return it->second;
  }
  std::vector<std::pair<std::string, std::string>> files;  // key, shown
  std::error_code ec;
  for (fs::directory_iterator it(dir_key, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    std::error_code sec;
    if (!find_config_name(name) || !it->is_regular_file(sec)) continue;
    files.push_back({key_of(it->path().string()), (fs::path(shown_dir) / name).lexically_normal().string()});
  }
  if (auto it = run_in_dir_.find(dir_key); it != run_in_dir_.end())
    for (const std::string& key : it->second) files.push_back({key, by_path_.at(key)->source->path()});
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
              files.end());
  std::vector<const Document*> out;
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& [key, shown] : files)
    if (const Document* d = document_at_locked(key, shown)) out.push_back(d);
  return in_dir_.emplace(dir_key, std::move(out)).first->second;
}

void Project::note_linked(const Document& from, const std::vector<std::string>& keys) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string>& to = linked_[&from];
  for (const std::string& k : keys) {
    auto at = std::lower_bound(to.begin(), to.end(), k);
    if (at == to.end() || *at != k) to.insert(at, k);
  }
}

std::vector<std::string> Project::linked_from(const Document& from) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = linked_.find(&from);
  return it == linked_.end() ? std::vector<std::string>{} : it->second;
}

const std::vector<ComposeFile>& Project::compose_files_in(const std::string& dir) const {
  std::string dir_key = key_of(dir);
  std::lock_guard<std::mutex> lock(mu_);
  auto it = compose_.find(dir_key);
  if (it != compose_.end()) return it->second;
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator di(dir_key, ec), end; !ec && di != end; di.increment(ec)) {
    std::string name = di->path().filename().string();
    std::error_code sec;
    if (is_compose_name(name) && di->is_regular_file(sec)) names.push_back(di->path().string());
  }
  std::sort(names.begin(), names.end());
  std::vector<ComposeFile> files;
  for (const std::string& n : names)
    if (std::optional<ComposeFile> f = read_compose(n, limits_)) files.push_back(std::move(*f));
  return compose_.emplace(dir_key, std::move(files)).first->second;
}

}  // namespace azlint
