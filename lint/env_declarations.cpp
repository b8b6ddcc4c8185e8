#include "lint/env_declarations.h"

#include <algorithm>

#include <fmt/format.h>

#include "lint/compose.h"
#include "lint/dotenv.h"
#include "lint/read_input.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

constexpr const char* kDeclarationFiles[] = {".env.example", ".env.sample", ".env.template", ".env.dist"};
constexpr int kMaxDepth = 64;  // folders walked up to the repository root

// `file` inside `root` (both as the file system resolves them, symlinks included).
bool inside(const fs::path& file, const fs::path& root) {
  std::error_code ec;
  fs::path f = fs::weakly_canonical(file, ec);
  if (ec) return false;
  fs::path r = fs::weakly_canonical(root, ec);
  if (ec) return false;
  auto [end, _] = std::mismatch(r.begin(), r.end(), f.begin(), f.end());
  return end == r.end();
}

class FolderReader {
 public:
  FolderReader(const fs::path& root, const Limits& limits, std::vector<EnvEntry>& out, std::vector<InputIssue>& issues)
      : root_(root), limits_(limits), out_(out), issues_(issues) {}

  // A file azlint found: whatever has the name is read, or said why not.
  std::optional<std::string> read(const fs::path& p) {
    std::string reason;
    std::optional<std::string> text = read_input(p.string(), limits_.max_file_bytes, reason);
    if (!text) issues_.push_back({p.string(), reason, false, false});
    return text;
  }

  void dotenv(const fs::path& p) {
    std::optional<std::string> text = read(p);
    if (!text) return;
    std::optional<uint32_t> past;
    for (DotenvEntry& e : parse_dotenv(*text, kMaxEnvVariables, &past))
      out_.push_back({std::move(e.name), std::move(e.value), p.string(), e.line});
    if (past)
      issues_.push_back({p.string(), fmt::format("more than {} variables: the rest are ignored", kMaxEnvVariables), false, true});
  }

  // A compose file's services: `environment:` and `env_file:` (lint/compose.h). One that does
  // not parse is not azlint's to judge (compose says so): it declares nothing.
  void compose(const fs::path& p) {
    std::optional<std::string> text = read(p);
    if (!text) return;
    for (const ComposeService& s : parse_compose(p.string(), std::move(*text), limits_).services) {
      for (const ComposeVariable& v : s.environment) out_.push_back({v.name, v.value, p.string(), v.line});
      for (const std::string& f : s.env_files) env_file(p.parent_path(), f);
    }
  }

 private:
  void env_file(const fs::path& dir, const std::string& file) {
    fs::path p = fs::path(file).is_absolute() ? fs::path(file) : (dir / file).lexically_normal();
    std::error_code ec;
    // Not there (an untracked .env in CI) declares nothing; outside the work tree is not read.
    if (!fs::exists(p, ec) || !inside(p, root_)) return;
    if (std::find(read_.begin(), read_.end(), p) != read_.end()) return;
    read_.push_back(p);
    dotenv(p);
  }

  const fs::path& root_;
  const Limits& limits_;
  std::vector<EnvEntry>& out_;
  std::vector<InputIssue>& issues_;
  std::vector<fs::path> read_;  // env files already read for this folder
};

}  // namespace

std::shared_ptr<const DeclarationCache::Folder> DeclarationCache::folder(const fs::path& dir, const fs::path& root,
                                                                         const Limits& limits) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::shared_ptr<const Folder>& slot = folders_[dir.string()];
  if (slot) return slot;
  auto f = std::make_shared<Folder>();
  FolderReader reader(root, limits, f->declarations, f->issues);
  std::error_code ec;
  for (const char* name : kDeclarationFiles)
    if (fs::exists(dir / name, ec)) reader.dotenv(dir / name);
  std::vector<fs::path> compose;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec))
    if (is_compose_name(it->path().filename().string()) && !it->is_directory(ec)) compose.push_back(it->path());
  std::sort(compose.begin(), compose.end());
  for (const fs::path& p : compose) reader.compose(p);
  slot = std::move(f);
  return slot;
}

void DeclarationCache::declare_for(const std::string& path, const Limits& limits, Env& env) {
  std::error_code ec;
  fs::path dir = fs::absolute(path, ec).parent_path().lexically_normal();
  if (ec || dir.empty()) return;
  // The folders up to the repository root; outside a work tree, the config's folder alone.
  std::vector<fs::path> dirs{dir};
  for (fs::path d = dir;; d = d.parent_path()) {
    if (fs::exists(d / ".git", ec)) break;
    if (d == d.root_path() || d.parent_path() == d || dirs.size() >= kMaxDepth) {
      dirs.resize(1);
      break;
    }
    dirs.push_back(d.parent_path());
  }
  const fs::path& root = dirs.back();
  for (const fs::path& d : dirs) {
    std::shared_ptr<const Folder> f = folder(d, root, limits);
    for (const EnvEntry& e : f->declarations) env.declare(e);
    for (const InputIssue& i : f->issues) env.add_issue(i);
  }
}

}  // namespace azlint
