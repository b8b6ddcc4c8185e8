#include "lint/lsp/server.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "lint/config.h"
#include "lint/engine.h"
#include "lint/gateway.h"
#include "lint/load.h"
#include "lint/lsp/documents.h"
#include "lint/lsp/framing.h"
#include "lint/lsp/hover_request.h"
#include "lint/lsp/jsonrpc.h"
#include "lint/lsp/verify_command.h"
#include "lint/lsp/yaml_keys.h"
#include "lint/project.h"
#include "lint/project_info.h"
#include "lint/redact.h"
#include "lint/releases.h"
#include "lint/scrub.h"
#include "lint/schema_lookup.h"
#include "lint/verify/targets.h"
#include "rules/registry.h"

namespace fs = std::filesystem;

namespace azlint::lsp {

namespace {

using Clock = std::chrono::steady_clock;

// What the reading thread hands to the main loop.
struct Incoming {
  enum class Kind { Message, ParseError, FrameError, Task } kind = Kind::Message;
  json value;
  std::string error;
  std::function<void()> task;  // Task: work a worker thread hands back (a verify probe's result)
};

// Messages read but not yet handled; filled by the reading thread only.
struct Inbox {
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Incoming> queue;
  std::set<std::string> cancelled;  // ids (as JSON text) of requests the client cancelled
  bool eof = false;
};

void read_loop(std::istream& in, std::shared_ptr<Inbox> inbox) {
  FrameReader reader(in);
  for (;;) {
    Frame f = reader.read();
    Incoming item;
    if (f.status == Frame::Status::Eof) break;
    if (f.status != Frame::Status::Ok) {
      item.kind = Incoming::Kind::FrameError;
      item.error = f.error;
    } else {
      try {
        item.value = json::parse(f.body);
      } catch (const json::exception&) {
        item.kind = Incoming::Kind::ParseError;
        item.error = "the message body is not JSON";
      }
    }
    std::lock_guard<std::mutex> lk(inbox->mu);
    // A cancellation is recorded at once, so a request still waiting in the queue sees it.
    if (item.kind == Incoming::Kind::Message && item.value.is_object() && item.value.value("method", json()) == "$/cancelRequest") {
      const json* params = item.value.contains("params") ? &item.value["params"] : nullptr;
      if (params && params->is_object() && params->contains("id")) inbox->cancelled.insert(dump((*params)["id"]));
    }
    inbox->queue.push_back(std::move(item));
    inbox->cv.notify_one();
  }
  std::lock_guard<std::mutex> lk(inbox->mu);
  inbox->eof = true;
  inbox->cv.notify_one();
}

// The last lint of one open document.
struct LintCache {
  int64_t version = -1;
  GatewayForm checked_as;
  std::shared_ptr<const SourceFile> source;
  std::vector<Diagnostic> diagnostics;
  std::string published;  // the last publishDiagnostics payload, to skip repeats
  std::vector<std::string> secrets;  // of this lint (the scrubber is of every open document's)
  std::vector<std::string> linked;   // FileResult::linked: what a change of re-lints this one too
  // Each published diagnostic as LSP JSON text, by what it is made of (diagnostic_key): an edit
  // leaves most findings as they were, and scrubbing and serialising them is not done again.
  // Holds the last publish's only, in its order (an edit mostly leaves the findings in place:
  // each is compared with the one at its index before any lookup); valid for the scrubber of
  // generation `texts_scrub`.
  std::vector<std::pair<std::string, std::string>> texts;  // (diagnostic_key, LSP JSON text)
  uint64_t texts_scrub = 0;
};

// The last parse of one open document (for hover).
struct ParseCache {
  int64_t version = -1;
  Document doc;
};

int lsp_severity(Severity s) {
  switch (s) {
    case Severity::Error: return 1;
    case Severity::Warning: return 2;
    case Severity::Info: return 3;
  }
  return 3;
}

json lsp_position(const SourceFile& src, uint32_t offset) {
  offset = std::min(offset, src.size());
  return json{{"line", src.position(offset).line - 1}, {"character", src.utf16_column(offset)}};
}

json lsp_range(const SourceFile& src, Span s) {
  return json{{"start", lsp_position(src, s.begin)}, {"end", lsp_position(src, std::max(s.begin, s.end))}};
}

LspPosition parse_position(const json& p) {
  LspPosition r;
  r.line = p.at("line").get<uint32_t>();
  r.character = p.at("character").get<uint32_t>();
  return r;
}

// `input-unreadable`: a file read beside a document (its `.azlint.yaml`, an env file) that could
// not be read, or not all of; reported at 1:1.
Diagnostic unreadable_input(const InputIssue& issue) {
  Diagnostic d;
  d.rule = "input-unreadable";
  d.span = {0, 0};
  if (issue.partial) {
    d.severity = Severity::Warning;
    d.message = fmt::format("\"{}\" has {}", issue.path, issue.reason);
    d.help = "split the variables over smaller env files";
  } else {
    d.severity = Severity::Error;
    d.message = fmt::format("\"{}\" was not read ({}): azlint ignored it, so this file is checked without it", issue.path, issue.reason);
    d.help = "make it a regular file within the size limit, or remove it";
  }
  return d;
}

// The "What it checks" section of a rule's doc, first paragraph.
std::string what_it_checks(std::string_view doc) {
  size_t at = doc.find("## What it checks");
  if (at == std::string_view::npos) return "";
  at = doc.find('\n', at);
  if (at == std::string_view::npos) return "";
  std::string_view rest = doc.substr(at + 1);
  while (!rest.empty() && rest.front() == '\n') rest.remove_prefix(1);
  rest = rest.substr(0, rest.find("\n## "));
  // whole paragraphs, up to about 800 characters
  size_t end = 0;
  for (size_t next; (next = rest.find("\n\n", end + 1)) != std::string_view::npos && next < 800;) end = next;
  if (end == 0 || rest.size() < 800) end = rest.size();
  std::string text(rest.substr(0, end));
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

class Server {
 public:
  Server(std::ostream& out, const ServerOptions& opts) : out_(out), opts_(opts) { register_handlers(); }

  int run(std::istream& in) {
    // A tied input stream flushes its output before each read: from the reading thread that
    // would race with the writes of this one (std::cin is tied to std::cout).
    in.tie(nullptr);
    auto inbox = std::make_shared<Inbox>();
    inbox_ = inbox;
    std::thread reader([&in, inbox] { read_loop(in, inbox); });
    for (;;) {
      std::unique_lock<std::mutex> lk(inbox->mu);
      if (inbox->queue.empty()) {
        if (inbox->eof) break;
        if (!dirty_.empty() || relint_all_) {
          auto deadline = last_edit_ + std::chrono::milliseconds(opts_.debounce_ms);
          bool woke = inbox->cv.wait_until(lk, deadline, [&] { return !inbox->queue.empty() || inbox->eof; });
          if (!woke) {
            lk.unlock();
            lint_now();
          }
          continue;
        }
        inbox->cv.wait(lk, [&] { return !inbox->queue.empty() || inbox->eof; });
        continue;
      }
      Incoming item = std::move(inbox->queue.front());
      inbox->queue.pop_front();
      bool cancelled = false;
      if (item.kind == Incoming::Kind::Message && item.value.is_object() && item.value.contains("id") &&
          item.value.contains("method")) {
        cancelled = inbox->cancelled.erase(dump(item.value["id"])) > 0;
      }
      lk.unlock();
      handle(std::move(item), cancelled);
      if (exited_) break;
    }
    for (std::thread& w : workers_) w.join();  // each bounded by its probe's deadline
    if (opts_.detach_reader) {
      reader.detach();
    } else {
      reader.join();
    }
    if (!exited_) log("input ended without `exit`");
    return exited_ && shutdown_ ? 0 : 1;
  }

 private:
  // ---- plumbing ----
  // Text for the client or the log: scrubbed (the secrets of the last lint and every secret
  // shape), control characters but line breaks and tabs escaped.
  std::string clean(std::string_view text) const { return escape_controls(scrubber_.scrub(text), "\n\t"); }

  template <typename... Args>
  void log(const Args&... parts) {
    if (!opts_.log) return;
    auto t = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started_).count();
    std::ostringstream line;  // a client's method names and a config's errors: scrubbed, escaped
    (line << ... << parts);
    *opts_.log << "[azlint-lsp " << t << "ms] " << clean(line.str()) << "\n";
    opts_.log->flush();
  }

  void send(const json& message) { write_frame(out_, dump(message)); }

  void send_request(const std::string& method, json params) {
    send(json{{"jsonrpc", "2.0"}, {"id", "azlint-" + std::to_string(++next_request_id_)}, {"method", method},
              {"params", std::move(params)}});
  }

  void handle(Incoming item, bool cancelled) {
    if (item.kind == Incoming::Kind::Task) {
      item.task();
      return;
    }
    if (item.kind == Incoming::Kind::FrameError) {
      log("bad frame: ", item.error);
      send(make_error(nullptr, error_code::kParseError, item.error));
      return;
    }
    if (item.kind == Incoming::Kind::ParseError) {
      log("parse error: ", item.error);
      send(make_error(nullptr, error_code::kParseError, item.error));
      return;
    }
    Message m = classify(std::move(item.value));
    switch (m.kind) {
      case Message::Kind::Invalid:
        log("invalid message: ", m.error);
        send(make_error(m.id, error_code::kInvalidRequest, m.error));
        return;
      case Message::Kind::Response:
        return;  // answers to our own requests (registerCapability, refresh): nothing to do
      case Message::Kind::Notification: {
        if (m.method == "exit") {
          exited_ = true;
          return;
        }
        if (state_ != State::Running) {
          log("dropped notification ", m.method, state_ == State::New ? " before initialize" : " after shutdown");
          return;
        }
        auto started = Clock::now();
        if (auto err = dispatcher_.handle_notification(m)) log(m.method, " failed: ", *err);
        log(m.method, " handled in ", us_since(started), " us");
        return;
      }
      case Message::Kind::Request: {
        if (cancelled) {
          send(make_error(m.id, error_code::kRequestCancelled, "request cancelled"));
          return;
        }
        if (state_ == State::New && m.method != "initialize") {
          send(make_error(m.id, error_code::kServerNotInitialized, "the server is not initialized"));
          return;
        }
        if (state_ == State::ShutDown) {
          send(make_error(m.id, error_code::kInvalidRequest, "the server is shutting down"));
          return;
        }
        auto started = Clock::now();
        json response = dispatcher_.handle_request(m);
        if (response.contains("error")) log(m.method, " error: ", response["error"].value("message", ""));
        log(m.method, " answered in ", us_since(started), " us");
        send(response);
        return;
      }
    }
  }

  static long long us_since(Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count();
  }

  // ---- handlers ----
  void register_handlers() {
    dispatcher_.on_request("initialize", [this](const json& p) { return initialize(p); });
    dispatcher_.on_request("shutdown", [this](const json&) {
      flush_lint();
      state_ = State::ShutDown;
      shutdown_ = true;
      return json(nullptr);
    });
    dispatcher_.on_notification("initialized", [this](const json&) { register_watchers(); });
    dispatcher_.on_notification("$/cancelRequest", [](const json&) {});
    dispatcher_.on_notification("textDocument/didOpen", [this](const json& p) {
      const json& td = p.at("textDocument");
      std::string uri = td.at("uri").get<std::string>();
      docs_.open(uri, td.value("languageId", ""), td.value("version", int64_t(0)), td.at("text").get<std::string>());
      mark_dirty(uri);
      for (const std::string& d : dependents({uri})) mark_dirty(d);  // they read it from disk until now
    });
    dispatcher_.on_notification("textDocument/didChange", [this](const json& p) { did_change(p); });
    dispatcher_.on_notification("textDocument/didSave", [this](const json& p) {
      std::string uri = p.at("textDocument").at("uri").get<std::string>();
      const OpenDocument* d = docs_.find(uri);
      if (!d) return;
      if (p.contains("text") && p["text"].is_string()) docs_.change(uri, d->version, {TextChange{std::nullopt, p["text"].get<std::string>()}});
      mark_dirty(uri);
    });
    dispatcher_.on_notification("textDocument/didClose", [this](const json& p) {
      std::string uri = p.at("textDocument").at("uri").get<std::string>();
      std::vector<std::string> linked_to_it = dependents({uri});  // before it is gone
      if (!docs_.close(uri)) return;
      dirty_.erase(uri);
      lints_.erase(uri);
      parses_.erase(uri);
      resolved_.erase(uri);
      verify_results_.erase(uri);
      path_to_uri_.erase(uri_to_path(uri));
      keys_.erase(uri);
      forget_closed_folders();
      set_scrubber(scrubber_of_open_documents());
      if (push_) send(make_notification("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}}));
      for (const std::string& d : linked_to_it) mark_dirty(d);  // cross-file findings may change: the disk copy now
    });
    dispatcher_.on_notification("workspace/didChangeWatchedFiles", [this](const json& p) {
      if (!p.at("changes").is_array()) throw RpcError(error_code::kInvalidParams, "changes must be an array");
      config_for_dir_.clear();
      configs_.clear();
      config_issues_.clear();
      relint_all_ = true;
      last_edit_ = Clock::now();
      if (!push_ && refresh_support_) send_request("workspace/diagnostic/refresh", nullptr);
    });
    dispatcher_.on_request("textDocument/diagnostic", [this](const json& p) { return pull_diagnostics(p); });
    dispatcher_.on_request("textDocument/hover", [this](const json& p) { return hover(p); });
    dispatcher_.on_request("textDocument/codeAction", [this](const json& p) { return code_action(p); });
    dispatcher_.on_request("textDocument/completion", [this](const json& p) { return completion(p); });
    dispatcher_.on_request("textDocument/codeLens", [this](const json& p) { return code_lens(p); });
    dispatcher_.on_request("workspace/executeCommand", [this](const json& p) { return execute_command(p); });
  }

  json initialize(const json& p) {
    if (state_ != State::New) throw RpcError(error_code::kInvalidRequest, "initialize was already received");
    if (!p.is_object()) throw RpcError(error_code::kInvalidParams, "initialize needs params");
    const json caps = p.value("capabilities", json::object());
    const json* td = caps.contains("textDocument") && caps["textDocument"].is_object() ? &caps["textDocument"] : nullptr;
    bool client_pulls = td && td->contains("diagnostic");
    std::string mode = "auto";
    if (p.contains("initializationOptions") && p["initializationOptions"].is_object()) {
      mode = p["initializationOptions"].value("diagnostics", "auto");
      read_targets(p["initializationOptions"]);
      read_verify(p["initializationOptions"]);
    }
    push_ = mode == "push" || mode == "both" || (mode != "pull" && !client_pulls);
    if (caps.contains("workspace") && caps["workspace"].is_object()) {
      const json& ws = caps["workspace"];
      watch_registration_ = ws.contains("didChangeWatchedFiles") &&
                            ws["didChangeWatchedFiles"].value("dynamicRegistration", false);
      refresh_support_ = ws.contains("diagnostics") && ws["diagnostics"].value("refreshSupport", false);
    }
    state_ = State::Running;
    log("initialized (diagnostics: ", push_ ? "push" : "pull", ")");
    json capabilities = {
        {"positionEncoding", "utf-16"},
        {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
        {"hoverProvider", true},
        {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
        {"completionProvider", {{"triggerCharacters", json::array()}, {"resolveProvider", false}}},
        {"diagnosticProvider", {{"identifier", "azlint"}, {"interFileDependencies", true}, {"workspaceDiagnostics", false}}},
    };
    if (verify_.enabled) {  // the one networked action: only when the client asked for it
      capabilities["executeCommandProvider"] = {{"commands", {kVerifyCommand}}};
      capabilities["codeLensProvider"] = {{"resolveProvider", false}};
    }
    return json{{"capabilities", capabilities}, {"serverInfo", {{"name", "azlint"}, {"version", AZLINT_VERSION}}}};
  }

  // initializationOptions.targets: {"librechat": "0.8.524"}, as `targets:` in .azlint.yaml and
  // over it (as --target). A release azlint does not bundle is said and ignored.
  void read_targets(const json& init) {
    if (!init.contains("targets")) return;
    const json& t = init["targets"];
    std::string problem;
    if (!t.is_object()) problem = "initializationOptions.targets must map gateway ids to releases";
    for (auto it = t.begin(); t.is_object() && it != t.end(); ++it) {
      ReleaseError why;
      const Release* r = it->is_string() ? resolve_release(it.key(), it->get<std::string>(), why) : nullptr;
      if (r) {
        targets_[it.key()] = r->version;
      } else if (problem.empty()) {
        problem = "initializationOptions.targets: " + (why.message.empty() ? "the release of \"" + it.key() + "\" must be a string" : why.message);
      }
    }
    if (problem.empty()) return;
    log("ignoring ", problem);
    send(make_notification("window/showMessage", {{"type", 2}, {"message", "azlint: " + redact_secrets(problem) + " (ignored)"}}));
  }

  void register_watchers() {
    if (!watch_registration_) return;
    json watchers = json::array();
    for (const char* g : {"**/.azlint.yaml", "**/.azlint.yml", "**/.env", "**/.env.*", "**/*.env", "**/docker-compose*.y*ml",
                          "**/compose*.y*ml"})
      watchers.push_back({{"globPattern", g}});
    send_request("client/registerCapability",
                 {{"registrations",
                   {{{"id", "azlint-watch"},
                     {"method", "workspace/didChangeWatchedFiles"},
                     {"registerOptions", {{"watchers", watchers}}}}}}});
  }

  void did_change(const json& p) {
    const json& td = p.at("textDocument");
    std::string uri = td.at("uri").get<std::string>();
    std::vector<TextChange> changes;
    for (const json& c : p.at("contentChanges")) {
      TextChange tc;
      tc.text = c.at("text").get<std::string>();
      if (c.contains("range") && !c["range"].is_null()) {
        const json& r = c["range"];
        tc.range = LspRange{parse_position(r.at("start")), parse_position(r.at("end"))};
      }
      changes.push_back(std::move(tc));
    }
    int64_t version = td.value("version", int64_t(0));
    if (!docs_.change(uri, version, changes)) {
      log("didChange for a document that is not open");
      return;
    }
    verify_results_.erase(uri);  // a probe's result holds until the next edit
    mark_dirty(uri);
  }

  void mark_dirty(const std::string& uri) {
    dirty_.insert(uri);
    last_edit_ = Clock::now();
  }

  // ---- linting ----
  // The options a document is linted with; `issues` gets its `.azlint.yaml` when that could not
  // be read (ignored, and said as `input-unreadable`).
  Options options_for(const std::string& uri, const std::string& path, std::vector<InputIssue>& issues) {
    Options o;
    o.targets = targets_;
    if (!is_file_uri(uri)) {
      o.default_env_file = false;
      return o;
    }
    std::string dir = fs::path(path).parent_path().string();
    auto it = config_for_dir_.find(dir);
    if (it == config_for_dir_.end()) it = config_for_dir_.emplace(dir, find_config_for(path)).first;
    const std::string& cfg_path = it->second;
    if (!cfg_path.empty()) {
      auto c = configs_.find(cfg_path);
      if (c == configs_.end()) {
        std::string err;
        bool unreadable = false;
        std::optional<Config> cfg = load_config(cfg_path, o.limits.max_file_bytes, err, &unreadable);
        if (!cfg) {
          log("ignoring ", cfg_path, ": ", err);
          if (unreadable) {
            std::string reason = err.substr(std::min(err.size(), cfg_path.size() + 2));
            config_issues_[cfg_path] = InputIssue{cfg_path, reason, false, false};
          } else {
            send(make_notification("window/showMessage", {{"type", 2}, {"message", "azlint: " + clean(err)}}));
          }
          cfg = Config{};
        }
        c = configs_.emplace(cfg_path, *cfg).first;
      }
      o.config = c->second;
      if (auto ci = config_issues_.find(cfg_path); ci != config_issues_.end()) issues.push_back(ci->second);
    }
    return o;
  }

  // The folder caches keep only folders with an open document: a long session that opens files
  // in many folders does not grow.
  void forget_closed_folders() {
    std::set<std::string> open_dirs;
    for (const auto& [uri, doc] : docs_.all())
      if (is_file_uri(uri)) open_dirs.insert(fs::path(uri_to_path(uri)).parent_path().string());
    std::set<std::string> used_configs;
    for (auto it = config_for_dir_.begin(); it != config_for_dir_.end();) {
      if (!open_dirs.count(it->first)) {
        it = config_for_dir_.erase(it);
      } else {
        used_configs.insert(it->second);
        ++it;
      }
    }
    for (auto it = configs_.begin(); it != configs_.end();) it = used_configs.count(it->first) ? std::next(it) : configs_.erase(it);
    for (auto it = config_issues_.begin(); it != config_issues_.end();)
      it = used_configs.count(it->first) ? std::next(it) : config_issues_.erase(it);
  }

  void flush_lint() {
    if (!dirty_.empty() || relint_all_) lint_now();
  }

  // The key (Project::key_of) of an open document's path.
  const std::string& key_of_uri(const std::string& uri) {
    auto it = keys_.find(uri);
    if (it == keys_.end()) it = keys_.emplace(uri, Project::key_of(uri_to_path(uri))).first;
    return it->second;
  }

  // The open documents whose last lint was linked to one of `uris` (its file, or its folder
  // searched), `uris` aside.
  std::vector<std::string> dependents(const std::set<std::string>& uris) {
    std::set<std::string> keys;  // the files, and their folders as "DIR/"
    for (const std::string& u : uris) {
      if (!is_file_uri(u)) continue;
      const std::string& k = key_of_uri(u);
      keys.insert(k);
      keys.insert(fs::path(k).parent_path().string() + "/");
    }
    std::vector<std::string> out;
    if (keys.empty()) return out;
    for (const auto& [uri, c] : lints_) {
      if (uris.count(uri) || !docs_.find(uri)) continue;
      if (std::any_of(c.linked.begin(), c.linked.end(), [&](const std::string& l) { return keys.count(l) > 0; }))
        out.push_back(uri);
    }
    return out;
  }

  // The open documents `uri`'s last lint was linked to (their buffers, not the disk, are read).
  void add_linked_open(const std::string& uri, std::set<std::string>& into) {
    auto it = lints_.find(uri);
    if (it == lints_.end()) return;
    for (const std::string& l : it->second.linked)
      for (const auto& [other, doc] : docs_.all())
        if (other != uri && is_file_uri(other) && key_of_uri(other) == l) into.insert(other);
  }

  // A scrubber that masks other values makes the cached LSP texts of every document stale.
  void set_scrubber(Scrubber s) {
    if (!s.same_known(scrubber_)) ++scrub_generation_;
    scrubber_ = std::move(s);
  }

  Scrubber scrubber_of_open_documents() const {
    Scrubber s;
    for (const auto& [uri, c] : lints_) s.add(c.secrets);
    return s;
  }

  // Lints what changed — the edited documents, the open documents linked to them and those linked
  // to them — together (cross-file rules read the open buffers of the files they are linked to),
  // and publishes what changed. A document not linked to an edit is not re-linted.
  void lint_now() {
    auto started = Clock::now();
    std::set<std::string> wanted;
    for (const auto& [uri, doc] : docs_.all())
      if (relint_all_ || dirty_.count(uri)) wanted.insert(uri);
    for (const std::string& d : dependents(wanted)) wanted.insert(d);
    std::set<std::string> edited = wanted;
    for (const std::string& u : edited) add_linked_open(u, wanted);
    std::set<std::string> done;
    // A lint that finds a new link to an open document not in it runs again with that document.
    for (int round = 0; round < 4 && !wanted.empty(); ++round) {
      std::set<std::string> more;
      lint_documents(wanted, more);
      done.insert(wanted.begin(), wanted.end());
      wanted.clear();
      for (const std::string& m : more)
        if (!done.count(m)) wanted.insert(m);
      if (!wanted.empty()) wanted.insert(done.begin(), done.end());  // the run holds them all again
    }
    set_scrubber(scrubber_of_open_documents());
    log("linted ", done.size(), " document(s) in ", us_since(started), " us");
    if (push_) {
      for (const std::string& uri : done) {
        const OpenDocument* doc = docs_.find(uri);
        if (!doc) continue;
        LintCache& c = lints_[uri];
        std::string text = to_lsp_text(uri, c);
        if (text == c.published && !dirty_.count(uri)) continue;
        c.published = std::move(text);
        send_publish(uri, doc->version, c.published);
      }
    }
    dirty_.clear();
    relint_all_ = false;
  }

  // Lints the open documents `uris` as one run; `more` gets the open documents outside it that
  // one of them is now linked to.
  void lint_documents(const std::set<std::string>& uris, std::set<std::string>& more) {
    std::vector<Input> inputs;
    std::vector<const OpenDocument*> which;
    std::vector<std::vector<InputIssue>> issues;  // per input: its `.azlint.yaml`, then env files
    Limits limits;
    for (const std::string& uri : uris) {
      const OpenDocument* found = docs_.find(uri);
      if (!found) continue;
      const OpenDocument& doc = *found;
      if (doc.text.size() > limits.max_file_bytes) {
        LintCache& c = lints_[uri];
        c.version = doc.version;
        c.source = std::make_shared<SourceFile>(uri_to_path(uri), std::string());
        c.diagnostics.clear();
        c.secrets.clear();
        c.linked.clear();
        Diagnostic d;
        d.rule = "input-too-large";
        d.severity = Severity::Warning;
        d.message = "the file is larger than " + std::to_string(limits.max_file_bytes) + " bytes: not linted";
        c.diagnostics.push_back(d);
        continue;
      }
      std::string path = uri_to_path(uri);
      issues.emplace_back();
      inputs.push_back(Input{std::make_shared<SourceFile>(path, doc.text), options_for(uri, path, issues.back())});
      which.push_back(&doc);
    }
    std::vector<FileResult> results = lint_project(inputs);
    for (const OpenDocument* d : which) path_to_uri_[uri_to_path(d->uri)] = d->uri;
    for (size_t i = 0; i < results.size(); ++i) {
      LintCache& c = lints_[which[i]->uri];
      c.version = which[i]->version;
      c.source = results[i].source;
      c.checked_as = results[i].checked_as;
      c.diagnostics = std::move(results[i].diagnostics);
      c.secrets = std::move(results[i].secrets);
      c.linked = std::move(results[i].linked);
      // Files read beside the document that could not be: one finding each at 1:1.
      issues[i].insert(issues[i].end(), results[i].input_issues.begin(), results[i].input_issues.end());
      std::vector<Diagnostic> unread;
      for (const InputIssue& issue : issues[i]) unread.push_back(unreadable_input(issue));
      c.diagnostics.insert(c.diagnostics.begin(), unread.begin(), unread.end());
      // A file no gateway recognises is not azlint's to judge in an editor (which cannot pass
      // --dialect): no `unknown-dialect`, nothing at all.
      if (!c.checked_as) c.diagnostics.clear();
      std::set<std::string> linked_open;
      add_linked_open(which[i]->uri, linked_open);
      for (const std::string& l : linked_open)
        if (!uris.count(l)) more.insert(l);
    }
  }

  // The current lint of a document, linting first when it is stale.
  const LintCache* fresh_lint(const std::string& uri) {
    const OpenDocument* d = docs_.find(uri);
    if (!d) return nullptr;
    auto it = lints_.find(uri);
    if (dirty_.count(uri) || relint_all_ || it == lints_.end() || it->second.version != d->version) {
      lint_now();
      it = lints_.find(uri);
    }
    return it == lints_.end() ? nullptr : &it->second;
  }

  std::string uri_for_path(const std::string& path) const {
    auto it = path_to_uri_.find(path);
    return it != path_to_uri_.end() ? it->second : path_to_uri(path);
  }

  json to_lsp(const std::string& uri, const Diagnostic& d, const SourceFile& src) const {
    json out = {{"range", lsp_range(src, d.span)}, {"severity", lsp_severity(d.severity)}, {"source", "azlint"}};
    std::string message = d.message;
    if (!d.help.empty()) message += "\nhelp: " + d.help;
    out["message"] = clean(message);
    if (!d.rule.empty()) {
      out["code"] = d.rule;
      if (find_rule(d.rule)) out["codeDescription"] = {{"href", rule_doc_url(d.rule)}};
    }
    if (!d.notes.empty()) {
      json related = json::array();
      for (const Note& n : d.notes) {
        const SourceFile& nsrc = n.file ? *n.file : src;
        std::string nuri = n.file ? uri_for_path(n.file->path()) : uri;
        related.push_back({{"location", {{"uri", nuri}, {"range", lsp_range(nsrc, n.span)}}}, {"message", clean(n.message)}});
      }
      out["relatedInformation"] = std::move(related);
    }
    return out;
  }

  json to_lsp(const std::string& uri, const LintCache& c) const {
    json items = json::array();
    SourceFile empty;
    const SourceFile& src = c.source ? *c.source : empty;
    for (const Diagnostic& d : c.diagnostics) items.push_back(to_lsp(uri, d, src));
    if (auto v = verify_results_.find(uri); v != verify_results_.end() && v->second.version == c.version)
      items.push_back(to_lsp(uri, v->second.diagnostic, src));
    return items;
  }

  // What a diagnostic's LSP JSON is made of, as one string (fields apart by NUL).
  std::string diagnostic_key(const std::string& uri, const Diagnostic& d, const SourceFile& src) const {
    std::string k;
    auto range = [&](const SourceFile& s, Span span) {
      for (uint32_t at : {span.begin, std::max(span.begin, span.end)}) {
        at = std::min(at, s.size());
        k += std::to_string(s.position(at).line);
        k += ':';
        k += std::to_string(s.utf16_column(at));
        k += '\0';
      }
    };
    range(src, d.span);
    k += static_cast<char>('0' + lsp_severity(d.severity));
    k += d.rule;
    k += '\0';
    k += d.message;
    k += '\0';
    k += d.help;
    for (const Note& n : d.notes) {
      k += '\0';
      k += n.file ? uri_for_path(n.file->path()) : uri;
      k += '\0';
      range(n.file ? *n.file : src, n.span);
      k += n.message;
    }
    return k;
  }

  // dump(to_lsp(uri, c)), byte for byte, through c.texts (the findings an edit did not change
  // are not scrubbed and serialised again). A finding's text is the one at its index in the last
  // publish when their keys match, else one of the same key anywhere in it, else made anew.
  std::string to_lsp_text(const std::string& uri, LintCache& c) const {
    SourceFile empty;
    const SourceFile& src = c.source ? *c.source : empty;
    if (c.texts_scrub != scrub_generation_) c.texts.clear();
    std::vector<std::pair<std::string, std::string>>& old = c.texts;
    std::vector<bool> taken;  // old texts already moved into `now`
    std::unordered_map<std::string_view, std::vector<size_t>> by_key;  // of `old`, on the first miss
    std::vector<std::pair<std::string, std::string>> now;
    now.reserve(c.diagnostics.size() + 1);
    std::string out;
    out.reserve(c.published.size() + 64);
    out += '[';
    auto reuse = [&](size_t i) {
      if (taken.empty()) taken.assign(old.size(), false);
      taken[i] = true;
      return std::move(old[i].second);
    };
    auto add = [&](const Diagnostic& d) {
      const size_t at = now.size();
      std::string key = diagnostic_key(uri, d, src);
      std::string text;
      if (at < old.size() && (taken.empty() || !taken[at]) && old[at].first == key) {
        text = reuse(at);
      } else {
        if (by_key.empty() && !old.empty()) {
          by_key.reserve(old.size());
          for (size_t i = 0; i < old.size(); ++i) by_key[old[i].first].push_back(i);
        }
        auto it = by_key.find(key);
        size_t from = old.size();
        if (it != by_key.end())
          for (size_t i : it->second)
            if (taken.empty() || !taken[i]) {
              from = i;
              break;
            }
        text = from < old.size() ? reuse(from) : dump(to_lsp(uri, d, src));
      }
      if (out.size() > 1) out += ',';
      out += text;
      now.emplace_back(std::move(key), std::move(text));
    };
    for (const Diagnostic& d : c.diagnostics) add(d);
    if (auto v = verify_results_.find(uri); v != verify_results_.end() && v->second.version == c.version) add(v->second.diagnostic);
    out += ']';
    by_key.clear();  // views into `old`
    c.texts = std::move(now);
    c.texts_scrub = scrub_generation_;
    return out;
  }

  // A publishDiagnostics notification whose diagnostics are already JSON text: the bytes of
  // dump(make_notification(...)) (keys sorted, as nlohmann writes an object), framed and written
  // in parts (the diagnostics are not copied into one body).
  void send_publish(const std::string& uri, int64_t version, const std::string& diagnostics) {
    static constexpr std::string_view kHead = R"({"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"diagnostics":)";
    std::string tail = R"(,"uri":)";
    tail += dump(json(uri));
    tail += R"(,"version":)";
    tail += std::to_string(version);
    tail += "}}";
    write_frame(out_, {kHead, diagnostics, tail});
  }

  json pull_diagnostics(const json& p) {
    std::string uri = p.at("textDocument").at("uri").get<std::string>();
    const LintCache* c = fresh_lint(uri);
    json items = c ? to_lsp(uri, *c) : json::array();
    return json{{"kind", "full"}, {"items", std::move(items)}};
  }

  // ---- hover ----
  const Document* parsed(const std::string& uri) {
    const OpenDocument* d = docs_.find(uri);
    if (!d || d->text.size() > Limits{}.max_file_bytes) return nullptr;
    ParseCache& pc = parses_[uri];
    if (pc.version != d->version || !pc.doc.source) {
      std::string path = uri_to_path(uri);
      LoadResult r = load_and_classify(std::make_shared<SourceFile>(path, d->text), {}, Limits{});
      pc.doc = std::move(r.doc);
      pc.version = d->version;
    }
    return &pc.doc;
  }

  static bool within(Span s, uint32_t off) { return s.begin <= off && off <= std::max(s.begin, s.end) && !(s.empty() && s.begin != off); }

  // The deepest node at an offset; `on_key` when the offset is on a member's key.
  static const Node* node_at(const Node& n, uint32_t off, bool& on_key) {
    for (const Member& m : n.members()) {
      if (!m.value.key_span().empty() && within(m.value.key_span(), off)) {
        on_key = true;
        return &m.value;
      }
      if (!m.key.span.empty() && within(m.key.span, off)) {
        on_key = true;
        return &m.value;
      }
      if (within(m.value.span, off)) {
        const Node* inner = node_at(m.value, off, on_key);
        return inner ? inner : &m.value;
      }
    }
    for (const Node& it : n.items()) {
      if (within(it.span, off)) {
        const Node* inner = node_at(it, off, on_key);
        return inner ? inner : &it;
      }
    }
    return nullptr;
  }

  json hover(const json& p) {
    std::string uri = p.at("textDocument").at("uri").get<std::string>();
    LspPosition pos = parse_position(p.at("position"));
    const OpenDocument* d = docs_.find(uri);
    if (!d) return nullptr;
    uint32_t off = offset_of(d->text, d->line_starts, pos);
    std::string md;
    std::optional<Span> range;
    const LintCache* lint = fresh_lint(uri);
    if (lint) {
      std::set<std::string> seen;
      for (const Diagnostic& diag : lint->diagnostics) {
        if (!within(diag.span, off) || !seen.insert(diag.rule).second) continue;
        const Rule* rule = find_rule(diag.rule);
        if (!md.empty()) md += "\n\n---\n\n";
        md += "**" + diag.rule + "**";
        if (rule) {
          md += ": " + std::string(rule->meta().summary);
          std::string what = what_it_checks(rule_doc(diag.rule));
          if (!what.empty()) md += "\n\n" + what;
          md += "\n\n[Documentation](" + rule_doc_url(diag.rule) + ")";
        }
        if (!range) range = diag.span;
      }
    }
    const Document* doc = parsed(uri);
    std::string hovered;
    if (doc && doc->parsed && doc->gateway) {
      bool on_key = false;
      const Node* n = node_at(doc->root, off, on_key);
      if (n) hovered = n->pointer();
      if (n) {
        SchemaInfo info = schema_info(*doc, n->pointer());  // the document's schema (schema_path), with azlint's hover texts
        if (info.found && (!info.description.empty() || !info.types.empty())) {
          std::string s = "`" + n->pointer() + "`";
          if (!info.types.empty()) {
            s += " — ";
            for (size_t i = 0; i < info.types.size(); ++i) s += (i ? " | " : "") + info.types[i];
          }
          if (!info.description.empty()) s += "\n\n" + info.description;
          if (!info.enum_values.empty() && info.enum_values.size() <= 12) {
            s += "\n\nOne of:";
            for (const std::string& e : info.enum_values) s += " `" + e + "`";
          }
          md = md.empty() ? s : s + "\n\n---\n\n" + md;
          range = on_key && !n->key_span().empty() ? n->key_span() : n->span;
        }
      }
    }
    // The request of the model (or group) under the cursor, as `azlint show` prints it.
    if (const ResolvedDocument* rd = doc && doc->parsed && doc->gateway ? resolved(uri) : nullptr) {
      std::vector<const ResolvedRequest*> shown = requests_at(rd->requests, off, hovered);
      if (!shown.empty()) {
        Scrubber scrubber = scrubber_;
        scrubber.add(rd->secrets);
        std::string text = scrubber.scrub(requests_markdown(shown));
        md = md.empty() ? text : md + "\n\n---\n\n" + text;
        if (!range && shown.size() == 1) range = shown[0]->span;
      }
    }
    if (md.empty()) return nullptr;
    json out = {{"contents", {{"kind", "markdown"}, {"value", clean(md)}}}};
    if (range && lint && lint->source) out["range"] = lsp_range(*lint->source, *range);
    return out;
  }

  // ---- the resolution (hover, verify): once per document version ----
  const ResolvedDocument* resolved(const std::string& uri) {
    const OpenDocument* d = docs_.find(uri);
    if (!d || !parsed(uri)) return nullptr;
    ResolvedDocument& rd = resolved_[uri];
    if (rd.version != d->version) {
      std::string path = uri_to_path(uri);
      std::vector<InputIssue> issues;  // said by the lint already
      Options o = options_for(uri, path, issues);
      Document& doc = parses_[uri].doc;
      if (doc.gateway) doc.release = choose_release(doc.gateway, o.targets, o.config.targets);  // as `check` chooses it
      rd = resolve_document(doc, path, o, d->version);
    }
    return &rd;
  }

  // ---- azlint.verify (lint/lsp/verify_command.h) ----
  void read_verify(const json& init) {
    std::string problem;
    verify_ = read_verify_settings(init, problem);
    if (problem.empty()) return;
    log("verify command off: ", problem);
    send(make_notification("window/showMessage", {{"type", 2}, {"message", "azlint: " + clean(problem) + " (the verify command is off)"}}));
  }

  // The targets of a document (verify's mapping of its resolution), each probed once.
  std::vector<verify::Target> targets_of(const std::string& uri) {
    const ResolvedDocument* rd = resolved(uri);
    const Document* doc = parsed(uri);
    if (!rd || !doc) return {};
    return verify::collect_targets(*doc, rd->env);
  }

  json code_lens(const json& p) {
    if (!verify_.enabled) throw RpcError(error_code::kMethodNotFound, "code lenses come with initializationOptions.azlint.verify");
    std::string uri = p.at("textDocument").at("uri").get<std::string>();
    json lenses = json::array();
    const LintCache* lint = fresh_lint(uri);
    if (!lint || !lint->source) return lenses;
    for (const verify::Target& t : targets_of(uri))
      lenses.push_back({{"range", lsp_range(*lint->source, t.span)},
                        {"command", {{"title", "azlint: verify"}, {"command", kVerifyCommand},
                                     {"arguments", json::array({{{"uri", uri}, {"pointer", t.pointer}}})}}}});
    return lenses;
  }

  // Starts the probe of one model on a worker thread; its diagnostic is published when it ends.
  json execute_command(const json& p) {
    std::string command = p.at("command").get<std::string>();
    if (command != kVerifyCommand || !verify_.enabled)
      throw RpcError(error_code::kInvalidParams, "unknown command \"" + command + "\"" +
                                                     (command == kVerifyCommand ? " (set initializationOptions.azlint.verify: true)" : ""));
    VerifyArgs a = parse_verify_args(p.value("arguments", json::array()));
    const OpenDocument* d = docs_.find(a.uri);
    if (!d) throw RpcError(error_code::kInvalidParams, "azlint.verify: the document is not open");
    std::vector<verify::Target> targets = targets_of(a.uri);
    auto t = std::find_if(targets.begin(), targets.end(), [&](const verify::Target& x) { return x.pointer == a.pointer; });
    if (t == targets.end()) throw RpcError(error_code::kInvalidParams, "azlint.verify: no model at \"" + a.pointer + "\"");
    const ResolvedDocument* rd = resolved(a.uri);
    std::vector<std::string> secrets = rd ? rd->secrets : std::vector<std::string>{};
    std::string uri = a.uri;
    int64_t version = d->version;
    log("verify: probing ", t->label);
    std::weak_ptr<Inbox> inbox = inbox_;
    workers_.emplace_back([this, inbox, uri, version, target = *t, secrets, settings = verify_] {
      Diagnostic diag = probe_one(target, settings, secrets);
      auto box = inbox.lock();
      if (!box) return;
      Incoming done;
      done.kind = Incoming::Kind::Task;
      done.task = [this, uri, version, diag] { verified(uri, version, diag); };
      std::lock_guard<std::mutex> lk(box->mu);
      box->queue.push_back(std::move(done));
      box->cv.notify_one();
    });
    return json{{"started", clean(t->label)}};
  }

  // A probe ended (on the main loop): its diagnostic joins the document's, unless it was edited since.
  void verified(const std::string& uri, int64_t version, const Diagnostic& diag) {
    const OpenDocument* d = docs_.find(uri);
    log("verify: ", diag.rule, d && d->version == version ? "" : " (the document changed since: dropped)");
    if (!d || d->version != version) return;
    verify_results_[uri] = VerifyResult{version, diag};
    if (!push_) {
      if (refresh_support_) send_request("workspace/diagnostic/refresh", nullptr);
      return;
    }
    const LintCache* c = fresh_lint(uri);
    if (!c) return;
    LintCache& lc = lints_[uri];
    lc.published = to_lsp_text(uri, lc);
    send_publish(uri, version, lc.published);
  }

  // ---- code actions ----
  json code_action(const json& p) {
    std::string uri = p.at("textDocument").at("uri").get<std::string>();
    const json& r = p.at("range");
    LspPosition start = parse_position(r.at("start")), end = parse_position(r.at("end"));
    if (p.contains("context") && p["context"].contains("only")) {
      bool wants = false;
      for (const json& k : p["context"]["only"])
        if (k.is_string() && (k == "quickfix" || k.get<std::string>().rfind("quickfix", 0) == 0)) wants = true;
      if (!wants) return json::array();
    }
    const OpenDocument* d = docs_.find(uri);
    if (!d) return json::array();
    uint32_t b = offset_of(d->text, d->line_starts, start), e = offset_of(d->text, d->line_starts, end);
    if (e < b) std::swap(b, e);
    const LintCache* lint = fresh_lint(uri);
    json actions = json::array();
    if (!lint || !lint->source) return actions;
    const SourceFile& src = *lint->source;
    for (const Diagnostic& diag : lint->diagnostics) {
      if (!diag.fix || diag.fix->edits.empty() || diag.fix->crosses_files()) continue;  // another file: `check --fix`
      uint32_t db = diag.span.begin, de = std::max(diag.span.begin, diag.span.end);
      if (de < b || db > e) continue;
      json edits = json::array();
      for (const Edit& ed : diag.fix->edits) edits.push_back({{"range", lsp_range(src, ed.span)}, {"newText", ed.replacement}});
      // The edits are the document's own text written back (exempt from scrubbing; the engine
      // drops a fix holding a key-shaped secret).
      actions.push_back({{"title", clean(diag.fix->title)},
                         {"kind", "quickfix"},
                         {"diagnostics", json::array({to_lsp(uri, diag, src)})},
                         {"isPreferred", diag.fix->safe()},
                         {"edit", {{"changes", {{uri, edits}}}}}});
    }
    return actions;
  }


  // ---- completion: the schema's properties of the YAML mapping being typed in ----
  json completion(const json& p) {
    std::string uri = p.at("textDocument").at("uri").get<std::string>();
    LspPosition pos = parse_position(p.at("position"));
    json empty = json{{"isIncomplete", false}, {"items", json::array()}};
    const OpenDocument* d = docs_.find(uri);
    if (!d) return empty;
    std::string path = uri_to_path(uri);
    if (format_for(path, nullptr) != Format::Yaml) return empty;
    std::optional<KeyContext> ctx = yaml_key_context(d->text, d->line_starts, pos);
    if (!ctx) return empty;
    const std::string& pointer = ctx->pointer;
    const uint32_t col = ctx->column;
    const std::set<std::string>& present = ctx->present;
    GatewayForm gateway;
    if (auto it = lints_.find(uri); it != lints_.end()) gateway = it->second.checked_as;
    if (!gateway) gateway = detect_gateway(nullptr, path);  // not linted yet: by its name
    if (!gateway) return empty;
    const std::string_view schema = gateway.schema();
    SchemaInfo info = schema_info(schema, gateway.gateway->id(), pointer);
    json items = json::array();
    for (const std::string& prop : info.properties) {
      if (present.count(prop)) continue;
      std::string sub = pointer + "/" + pointer_escape(prop);
      SchemaInfo pi = schema_info(schema, gateway.gateway->id(), sub);
      json item = {{"label", prop},
                   {"kind", 10},
                   {"textEdit", {{"range", {{"start", {{"line", pos.line}, {"character", col}}}, {"end", {{"line", pos.line}, {"character", pos.character}}}}}, {"newText", prop + ": "}}}};
      std::string detail;
      for (size_t i = 0; i < pi.types.size(); ++i) detail += (i ? " | " : "") + pi.types[i];
      if (!detail.empty()) item["detail"] = detail;
      if (!pi.description.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", pi.description}};
      items.push_back(std::move(item));
    }
    return json{{"isIncomplete", false}, {"items", std::move(items)}};
  }

  enum class State { New, Running, ShutDown };

  std::ostream& out_;
  ServerOptions opts_;
  std::map<std::string, std::string> targets_;  // initializationOptions.targets
  Dispatcher dispatcher_;
  Clock::time_point started_ = Clock::now();
  State state_ = State::New;
  bool shutdown_ = false;
  bool exited_ = false;
  bool push_ = true;
  bool watch_registration_ = false;
  bool refresh_support_ = false;
  long next_request_id_ = 0;

  DocumentStore docs_;
  std::set<std::string> dirty_;
  bool relint_all_ = false;
  Clock::time_point last_edit_ = Clock::now();
  std::map<std::string, LintCache> lints_;
  std::map<std::string, ParseCache> parses_;
  std::map<std::string, std::string> config_for_dir_;  // folder -> .azlint.yaml path ("" = none)
  std::map<std::string, Config> configs_;
  std::map<std::string, InputIssue> config_issues_;  // .azlint.yaml path -> why it was not read
  std::map<std::string, std::string> path_to_uri_;
  std::map<std::string, ResolvedDocument> resolved_;  // per open document, for its version
  struct VerifyResult {
    int64_t version = -1;
    Diagnostic diagnostic;  // verify/<status>, until the next edit
  };
  std::map<std::string, VerifyResult> verify_results_;
  VerifySettings verify_;
  std::shared_ptr<Inbox> inbox_;
  std::vector<std::thread> workers_;  // verify probes; joined when the server ends
  std::map<std::string, std::string> keys_;  // uri -> Project::key_of its path
  Scrubber scrubber_;  // of every open document's last lint
  uint64_t scrub_generation_ = 1;  // bumped when scrubber_ masks other values (LintCache::texts)
};

}  // namespace

int run_server(std::istream& in, std::ostream& out, const ServerOptions& options) {
  Server server(out, options);
  return server.run(in);
}

}  // namespace azlint::lsp
