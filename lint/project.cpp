#include "lint/project.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>

#include "lint/check_memo.h"
#include "lint/config_names.h"
#include "lint/gateways.h"
#include "lint/load.h"
#include "lint/read_input.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

// The documents handed out to this thread's current check (once each, however often asked).
thread_local std::unordered_map<const Document*, std::shared_ptr<Project::Entry>> pins;

void pin(const std::shared_ptr<Project::Entry>& e) { pins.emplace(&e->doc, e); }

// Parsed documents kept between checks: enough for the files of a few folders checked in turn.
constexpr size_t kCachedDocuments = 128;
constexpr uint64_t kCachedBytes = 64u << 20;
// Folder listings kept (documents_in): enough for the folders a few checks in flight look at.
constexpr size_t kListedFolders = 256;

}  // namespace

std::string Project::key_of(const std::string& path) {
  return check_memo::remember(check_memo::Table::KeyOf, path, [](const std::string& p) {
    std::error_code ec;
    fs::path key = fs::weakly_canonical(fs::absolute(p, ec), ec);
    if (ec) key = fs::absolute(p, ec).lexically_normal();
    return key.string();
  });
}

Project::Project(std::vector<RunFile> files, Limits limits) : limits_(limits) {
  check_memo::clear();  // a new run: nothing this thread learnt before holds for it
  for (RunFile& f : files) {
    const std::string path = f.path;
    if (path.empty() || path == "-" || path == "<stdin>") continue;
    std::string key = key_of(path);
    std::string dir = fs::path(key).parent_path().string();
    if (by_path_.emplace(key, std::move(f)).second) run_in_dir_[dir].push_back(key);
  }
}

void Project::unpin() {
  pins.clear();
  check_memo::clear();
}

std::vector<const Document*> Project::pinned() {
  std::vector<const Document*> out;
  out.reserve(pins.size());
  for (const auto& [doc, entry] : pins) out.push_back(doc);
  return out;
}

const Document* Project::document_at_locked(const std::string& key, const std::string& shown) const {
  if (auto it = cache_.find(key); it != cache_.end()) {
    recent_.splice(recent_.begin(), recent_, it->second.second);
    if (!it->second.first) return nullptr;
    pin(it->second.first);
    return &it->second.first->doc;
  }
  std::shared_ptr<Entry> entry;
  if (auto run = by_path_.find(key); run != by_path_.end()) {
    entry = std::make_shared<Entry>(Entry{run->second.load(), {}});
  } else {
    std::string reason;
    if (std::optional<std::string> text = read_input(key, limits_.max_file_bytes, reason)) {
      LoadResult r = load_and_classify(std::make_shared<SourceFile>(shown, std::move(*text)), GatewayForm{}, limits_);
      entry = std::make_shared<Entry>(Entry{std::move(r.doc), {}});
    }
  }
  if (entry && !entry->doc.parsed) entry.reset();
  cache_locked(key, entry);
  if (!entry) return nullptr;
  pin(entry);
  return &entry->doc;
}

void Project::cache_locked(const std::string& key, std::shared_ptr<Entry> entry) const {
  if (auto it = cache_.find(key); it != cache_.end()) {
    if (it->second.first) cached_bytes_ -= it->second.first->doc.source->size();
    recent_.erase(it->second.second);
    cache_.erase(it);
  }
  recent_.push_front(key);
  if (entry) cached_bytes_ += entry->doc.source->size();
  cache_.emplace(key, std::make_pair(std::move(entry), recent_.begin()));
  // The least recently used go first; a document in use stays alive through its pin.
  while (recent_.size() > kCachedDocuments || (cached_bytes_ > kCachedBytes && recent_.size() > 1)) {
    auto old = cache_.find(recent_.back());
    if (old->second.first) cached_bytes_ -= old->second.first->doc.source->size();
    cache_.erase(old);
    recent_.pop_back();
  }
}

const Document& Project::adopt(Document doc, const void* id) const {
  auto entry = std::make_shared<Entry>(Entry{std::move(doc), {}});
  pin(entry);
  const std::string& path = entry->doc.source->path();
  if (entry->doc.parsed && !path.empty() && path != "-" && path != "<stdin>") {
    std::string key = key_of(path);
    std::lock_guard<std::mutex> lock(mu_);
    // Only the run's file at that path (a file named twice is the first one's).
    if (auto run = by_path_.find(key); run != by_path_.end() && run->second.id == id)
      cache_locked(key, entry);
  }
  return entry->doc;
}

std::map<std::type_index, std::shared_ptr<const void>>& Project::summaries_of(const Document& doc) const {
  if (auto it = pins.find(&doc); it != pins.end()) return it->second->summaries;
  return foreign_[&doc];
}

const Document* Project::document_at(const std::string& path, const std::string& shown) const {
  std::string key = key_of(path);
  std::lock_guard<std::mutex> lock(mu_);
  return document_at_locked(key, shown);
}

std::vector<const Document*> Project::documents_in(const std::string& dir, const std::string& shown_dir) const {
  std::string dir_key = key_of(dir);
  std::vector<std::pair<std::string, std::string>> files;  // key, shown
  bool listed = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (auto it = in_dir_.find(dir_key); it != in_dir_.end()) {
      files = it->second;
      listed = true;
    }
  }
  if (!listed) {
    std::error_code ec;
    for (fs::directory_iterator it(dir_key, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      std::error_code sec;
      if (!find_config_name(name) || !it->is_regular_file(sec)) continue;
      files.push_back({key_of(it->path().string()), (fs::path(shown_dir) / name).lexically_normal().string()});
    }
    if (auto it = run_in_dir_.find(dir_key); it != run_in_dir_.end())
      for (const std::string& key : it->second) files.push_back({key, by_path_.at(key).path});
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first == b.first; }),
                files.end());
  }
  std::vector<const Document*> out;
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& [key, shown] : files)
    if (const Document* d = document_at_locked(key, shown)) out.push_back(d);
  if (!listed) {
    // The folders of the last few checks: a run goes folder by folder.
    if (in_dir_.size() >= kListedFolders) in_dir_.clear();
    in_dir_.emplace(dir_key, std::move(files));
  }
  return out;
}

void Project::note_linked(const Document& from, const std::vector<std::string>& keys) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string>& to = linked_[&from];
  for (const std::string& k : keys) {
    auto at = std::lower_bound(to.begin(), to.end(), k);
    if (at == to.end() || *at != k) to.insert(at, k);
  }
}

std::vector<std::string> Project::take_linked(const Document& from) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = linked_.find(&from);
  if (it == linked_.end()) return {};
  std::vector<std::string> out = std::move(it->second);
  linked_.erase(it);
  return out;
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
