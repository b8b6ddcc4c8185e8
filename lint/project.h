// The files of one run, and the files read beside them for it. The run's files are found by
// path; a config a document is evidently linked to (lint/links.h) is parsed on demand: the run's
// copy when the run holds it (in the language server, the open buffer), else read from disk with
// the one bounded read and classified the way every file is. The engine checks one file at a
// time and keeps no document of the run: a linked document and its summaries (the LiteLLM proxy
// a config describes, built once per document, so a lookup never rescans documents) stay in a
// small cache, pinned while a check on the same thread uses them (`unpin` after each file).
// Safe to use from the engine's checking threads.
#pragma once
#include <cstdint>
#include <functional>
#include <list>
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

// A file of the run: its bytes, and how the engine loads it (its dialect, release).
struct RunFile {
  std::string path;                // as given: messages name it so
  const void* id = nullptr;        // who adopts it (Project::adopt)
  std::function<Document()> load;  // read (when needed) and load it
};

class Project {
 public:
  Project() = default;
  explicit Project(std::vector<RunFile> files, Limits limits = {});
  Project(const Project&) = delete;
  Project& operator=(const Project&) = delete;

  // The document at `path` (any spelling of it): the run's, else read from disk and classified;
  // nullptr when it cannot be read or does not parse. `shown` is the path messages give a file
  // read from disk. Valid until `unpin()` on this thread.
  const Document* document_at(const std::string& path, const std::string& shown) const;
  // The configs in the folder `dir`: the files directory search picks up there (read from disk
  // unless the run holds them) and the run's files in that folder, by path.
  std::vector<const Document*> documents_in(const std::string& dir, const std::string& shown_dir) const;
  // The compose files of the folder `dir` (lint/compose.h), sorted by name.
  const std::vector<ComposeFile>& compose_files_in(const std::string& dir) const;

  // A summary of `doc` (a document this project gave out) built by `build(doc)` once while the
  // document is cached.
  template <class T, class Build>
  const T& summary(const Document& doc, Build build) const {
    std::lock_guard<std::mutex> lock(mu_);
    std::shared_ptr<const void>& slot = summaries_of(doc)[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<const T>(build(doc));
    return *static_cast<const T*>(slot.get());
  }

  // A document of the run the engine has just loaded, kept in the cache (a linked file checked
  // just before or after it is not parsed again) and pinned on this thread.
  // `id` is its RunFile's (a file named twice is the first one's).
  const Document& adopt(Document doc, const void* id) const;
  // Releases the documents this thread was given (the engine, after each file it checks).
  static void unpin();
  // The documents this thread was given since the last `unpin()` (the checked file's own among
  // them): the files its rules were linked to.
  static std::vector<const Document*> pinned();

  // What the rules of `from` were linked to (lint/links.h), for the language server to know which
  // open documents an edit concerns: the keys of the linked files, and a folder's key followed by
  // '/' when its configs were looked at. `take_linked` hands them over once (the engine, when the
  // check of `from` is done).
  void note_linked(const Document& from, const std::vector<std::string>& keys) const;
  std::vector<std::string> take_linked(const Document& from) const;

  // The key a path is known by: absolute, symbolic links resolved where they exist.
  static std::string key_of(const std::string& path);

  struct Entry {
    Document doc;
    std::map<std::type_index, std::shared_ptr<const void>> summaries;
  };

 private:
  const Document* document_at_locked(const std::string& key, const std::string& shown) const;
  void cache_locked(const std::string& key, std::shared_ptr<Entry> entry) const;
  std::map<std::type_index, std::shared_ptr<const void>>& summaries_of(const Document& doc) const;

  Limits limits_;
  mutable std::mutex mu_;
  std::map<std::string, RunFile> by_path_;                      // key -> the run's file
  std::map<std::string, std::vector<std::string>> run_in_dir_;  // folder key -> keys of the run's files there
  mutable std::map<std::string, std::vector<std::pair<std::string, std::string>>> in_dir_;  // folder key -> (key, shown), recent
  // Parsed documents by key (nullptr: unreadable or unparsed), most recently used first.
  mutable std::map<std::string, std::pair<std::shared_ptr<Entry>, std::list<std::string>::iterator>> cache_;
  mutable std::list<std::string> recent_;
  mutable uint64_t cached_bytes_ = 0;
  // Summaries of documents this project did not give out (kept for the run).
  mutable std::map<const Document*, std::map<std::type_index, std::shared_ptr<const void>>> foreign_;
  mutable std::map<std::string, std::vector<ComposeFile>> compose_;
  mutable std::map<const Document*, std::vector<std::string>> linked_;  // note_linked, sorted
};

}  // namespace azlint
