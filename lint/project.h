// The files of one run, and the files read beside them for it. The run's documents are found
// by path; a config a document is evidently linked to (lint/links.h) that the run does not hold
// is read from disk once per run with the one bounded read and classified the way every file is
// (a document of the run wins over the disk copy: in the language server, the open buffer).
// Per-document summaries (the LiteLLM proxy a config describes) are built once per run, so a
// lookup never rescans documents. Safe to use from the engine's checking threads.
#pragma once
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <typeindex>
#include <utility>
#include <vector>

#include "lint/compose.h"
#include "lint/document.h"
#include "lint/input_guard.h"

namespace azlint {

class Project {
 public:
  Project() = default;
  explicit Project(std::vector<const Document*> documents, Limits limits = {});
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  // The parsed documents of the run, in command-line order.
  const std::vector<const Document*>& documents() const { return documents_; }

  // The document at `path` (any spelling of it): the run's, else read from disk and classified;
  // nullptr when it cannot be read or does not parse. `shown` is the path messages give a file
  // read from disk.
  const Document* document_at(const std::string& path, const std::string& shown) const;
  // The configs in the folder `dir`: the files directory search picks up there (read from disk
  // unless the run holds them) and the run's documents in that folder, by path.
  std::vector<const Document*> documents_in(const std::string& dir, const std::string& shown_dir) const;
  // The compose files of the folder `dir` (lint/compose.h), sorted by name.
  const std::vector<ComposeFile>& compose_files_in(const std::string& dir) const;

  // A summary of `doc` built by `build(doc)` once per run.
  template <class T, class Build>
  const T& summary(const Document& doc, Build build) const {
    std::lock_guard<std::mutex> lock(mu_);
    std::shared_ptr<const void>& slot = summaries_[{&doc, std::type_index(typeid(T))}];
    if (!slot) slot = std::make_shared<const T>(build(doc));
    return *static_cast<const T*>(slot.get());
  }

  // What the rules of `from` were linked to (lint/links.h), for the language server to know which
  // open documents an edit concerns: the keys of the linked files, and a folder's key followed by
  // '/' when its configs were looked at.
  void note_linked(const Document& from, const std::vector<std::string>& keys) const;
  std::vector<std::string> linked_from(const Document& from) const;

  // The key a path is known by: absolute, symbolic links resolved where they exist.
  static std::string key_of(const std::string& path);

 private:
  const Document* document_at_locked(const std::string& key, const std::string& shown) const;

  std::vector<const Document*> documents_;
  Limits limits_;
  mutable std::mutex mu_;
  std::map<std::string, const Document*> by_path_;             // key -> the run's document
  std::map<std::string, std::vector<std::string>> run_in_dir_;  // folder key -> keys of the run's documents there
  mutable std::map<std::string, std::vector<const Document*>> in_dir_;  // documents_in, by folder key
  mutable std::map<std::string, const Document*> read_;        // key -> read from disk (or nullptr)
  mutable std::deque<Document> owned_;                         // the documents read from disk
  mutable std::map<std::string, std::vector<ComposeFile>> compose_;
  mutable std::map<std::pair<const Document*, std::type_index>, std::shared_ptr<const void>> summaries_;
  mutable std::map<const Document*, std::vector<std::string>> linked_;  // note_linked, sorted
};

}  // namespace azlint
