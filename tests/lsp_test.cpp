// The language server: framing, document edits, and JSON-RPC transcripts (tests/lsp/*.jsonl)
// replayed against the server running in-process on a pipe, as an editor would drive it.
//
// Transcript format: one JSON object per line; blank lines and lines starting with `//` are
// comments. `${ROOT}` in any string is replaced by the file URI of a fresh temporary folder,
// `${DIR}` by its path.
//   {"send": MESSAGE}                    frame and send a message
//   {"send": MESSAGE, "text_from": F}    ... with params.textDocument.text read from F (repo-relative)
//   {"raw": "bytes"}                     send bytes as they are (for malformed frames)
//   {"write_file": "name", "text": "…"}  write a file into the temporary folder
//   {"expect": PATTERN}                  wait for a not-yet-matched server message matching PATTERN
//   {"expect_last": PATTERN}             wait until the latest publishDiagnostics for
//                                        PATTERN.params.uri matches PATTERN
//   {"expect_none": PATTERN}             at the end: no server message matches PATTERN
//   {"exit_code": N}                     at the end: the server returned N
//   {"mock_azure": [OPTIONS...]}         start tests/verify/mock_azure.py (serve_mock.py) on
//                                        loopback; later steps get ${CACERT}, ${MOCK_HTTPS},
//                                        ${MOCK_HTTP} and ${MOCK_LOG}; skipped (the transcript
//                                        ends there) without python3 and openssl
// A PATTERN matches a value when every key of an object pattern matches, every element of an
// array pattern matches some element (an empty array pattern matches only an empty array), a
// {"$contains": "s"} matches a string containing s, {"$absent": true} a missing key,
// {"$none": P} an array no element of which matches P, and any
// other value matches an equal value.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include "lint/lsp/fd_streambuf.h"
#include "lint/lsp/documents.h"
#include "lint/lsp/framing.h"
#include "lint/lsp/jsonrpc.h"
#include "lint/lsp/server.h"
#include "lint/lsp/yaml_keys.h"

namespace fs = std::filesystem;
using azlint::lsp::json;

namespace {

using azlint::lsp::FdInBuf;

// An ostream whose bytes the test reads from another thread.
class CaptureBuf : public std::streambuf {
 public:
  std::string snapshot() {
    std::lock_guard<std::mutex> lk(mu_);
    return data_;
  }
  template <typename Pred>
  bool wait_for(Pred pred, int ms) {
    std::unique_lock<std::mutex> lk(mu_);
    return cv_.wait_for(lk, std::chrono::milliseconds(ms), [&] { return pred(data_); });
  }

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) {
      std::lock_guard<std::mutex> lk(mu_);
      data_.push_back(static_cast<char>(c));
    }
    cv_.notify_all();
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    {
      std::lock_guard<std::mutex> lk(mu_);
      data_.append(s, static_cast<size_t>(n));
    }
    cv_.notify_all();
    return n;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::string data_;
};

std::vector<json> parse_frames(const std::string& bytes) {
  std::istringstream in(bytes);
  azlint::lsp::FrameReader r(in);
  std::vector<json> out;
  for (;;) {
    auto f = r.read();
    if (f.status != azlint::lsp::Frame::Status::Ok) break;
    out.push_back(json::parse(f.body));
  }
  return out;
}

std::string frame(const json& j) {
  std::string body = j.dump();
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

bool matches(const json& pattern, const json& value) {
  if (pattern.is_object()) {
    if (pattern.contains("$none")) {
      if (!value.is_array()) return false;
      for (const json& v : value)
        if (matches(pattern["$none"], v)) return false;
      return true;
    }
    if (pattern.contains("$contains"))
      return value.is_string() && value.get<std::string>().find(pattern["$contains"].get<std::string>()) != std::string::npos;
    if (!value.is_object()) return false;
    for (auto it = pattern.begin(); it != pattern.end(); ++it) {
      bool absent = it->is_object() && it->contains("$absent");
      if (!value.contains(it.key())) {
        if (absent) continue;
        return false;
      }
      if (absent) return false;
      if (!matches(*it, value[it.key()])) return false;
    }
    return true;
  }
  if (pattern.is_array()) {
    if (!value.is_array()) return false;
    if (pattern.empty()) return value.empty();
    for (const json& p : pattern) {
      bool found = false;
      for (const json& v : value)
        if (matches(p, v)) {
          found = true;
          break;
        }
      if (!found) return false;
    }
    return true;
  }
  return pattern == value;
}

// A server running on a thread, fed through a pipe.
class Session {
 public:
  explicit Session(int debounce_ms = 10) {
    REQUIRE(::pipe(fds_) == 0);
    inbuf_ = std::make_unique<FdInBuf>(fds_[0]);
    in_ = std::make_unique<std::istream>(inbuf_.get());
    out_ = std::make_unique<std::ostream>(&capture_);
    azlint::lsp::ServerOptions o;
    o.debounce_ms = debounce_ms;
    thread_ = std::thread([this, o] { code_ = azlint::lsp::run_server(*in_, *out_, o); });
  }
  ~Session() {
    close_input();
    if (thread_.joinable()) thread_.join();
    ::close(fds_[0]);
  }

  void write(const std::string& bytes) {
    size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::write(fds_[1], bytes.data() + done, bytes.size() - done);
      REQUIRE(n > 0);
      done += static_cast<size_t>(n);
    }
  }
  void send(const json& j) { write(frame(j)); }
  void close_input() {
    if (fds_[1] >= 0) ::close(fds_[1]);
    fds_[1] = -1;
  }
  int finish() {
    close_input();
    if (thread_.joinable()) thread_.join();
    return code_;
  }
  std::vector<json> messages() { return parse_frames(capture_.snapshot()); }

  // Waits for a message matching `pattern` that no earlier expectation took.
  std::optional<json> expect(const json& pattern, int timeout_ms = 20000) {
    std::optional<json> found;
    capture_.wait_for(
        [&](const std::string& bytes) {
          std::vector<json> all = parse_frames(bytes);
          for (size_t i = 0; i < all.size(); ++i)
            if (!taken_.count(i) && matches(pattern, all[i])) {
              taken_.insert(i);
              found = all[i];
              return true;
            }
          return false;
        },
        timeout_ms);
    return found;
  }

  bool expect_ok(const json& pattern) { return expect(pattern).has_value(); }

  // Waits until the latest publishDiagnostics for the pattern's uri matches.
  bool expect_last(const json& pattern, int timeout_ms = 20000) {
    std::string uri = pattern.at("params").at("uri").get<std::string>();
    return capture_.wait_for(
        [&](const std::string& bytes) {
          std::vector<json> all = parse_frames(bytes);
          for (size_t i = all.size(); i-- > 0;)
            if (all[i].value("method", "") == "textDocument/publishDiagnostics" && all[i]["params"]["uri"] == uri)
              return matches(pattern, all[i]);
          return false;
        },
        timeout_ms);
  }

 private:
  int fds_[2] = {-1, -1};
  std::unique_ptr<FdInBuf> inbuf_;
  std::unique_ptr<std::istream> in_;
  CaptureBuf capture_;
  std::unique_ptr<std::ostream> out_;
  std::thread thread_;
  int code_ = -1;
  std::set<size_t> taken_;
};

using Vars = std::map<std::string, std::string>;

void substitute(json& j, const Vars& vars) {
  if (j.is_string()) {
    std::string s = j.get<std::string>();
    for (const auto& [from, to] : vars) {
      for (size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, from.size(), to);
    }
    j = s;
  } else if (j.is_object()) {
    json out = json::object();
    for (auto it = j.begin(); it != j.end(); ++it) {
      json key = it.key();
      substitute(key, vars);
      json value = it.value();
      substitute(value, vars);
      out[key.get<std::string>()] = std::move(value);
    }
    j = std::move(out);
  } else if (j.is_array()) {
    for (auto& v : j) substitute(v, vars);
  }
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path temp_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("azlint-lsp-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

// The mock Azure server of a transcript (tests/verify/serve_mock.py), stopped with it.
class MockAzure {
 public:
  ~MockAzure() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      ::waitpid(pid_, nullptr, 0);
    }
  }
  // Starts it in `dir`; false (nothing started) without python3 or openssl.
  bool start(const fs::path& dir, const json& options, Vars& vars) {
    if (std::system("command -v python3 >/dev/null 2>&1 && command -v openssl >/dev/null 2>&1") != 0) return false;
    fs::create_directories(dir);
    std::vector<std::string> argv = {"python3", (fs::path(AZLINT_SOURCE_DIR) / "tests/verify/serve_mock.py").string(), dir.string()};
    for (const json& o : options) argv.push_back(o.get<std::string>());
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      std::vector<char*> args;
      for (std::string& a : argv) args.push_back(a.data());
      args.push_back(nullptr);
      for (int fd = 3; fd < 1024; ++fd) ::close(fd);  // the session's pipe: its reader must see the end
      ::execvp(args[0], args.data());
      ::_exit(127);
    }
    fs::path ready = dir / "mock.json";
    for (int i = 0; i < 400 && !fs::exists(ready); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(fs::exists(ready));
    json m = json::parse(read_file(ready));
    vars["${CACERT}"] = m["cacert"].get<std::string>();
    vars["${MOCK_HTTPS}"] = m["https_port"].get<std::string>();
    vars["${MOCK_HTTP}"] = m["http_port"].get<std::string>();
    vars["${MOCK_LOG}"] = m["log"].get<std::string>();
    return true;
  }

 private:
  pid_t pid_ = -1;
};

void replay(const fs::path& transcript) {
  fs::path dir = temp_dir(transcript.stem().string());
  std::string root_uri = azlint::lsp::path_to_uri(dir.string());
  Vars vars = {{"${ROOT}", root_uri}, {"${DIR}", dir.string()}};
  MockAzure mock;
  std::ifstream in(transcript);
  REQUIRE(in);
  Session s;
  std::vector<json> none;
  std::optional<int> exit_code;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line.rfind("//", 0) == 0) continue;
    json step = json::parse(line);
    if (step.contains("mock_azure")) {
      if (!mock.start(dir / "mock", step["mock_azure"], vars)) {
        WARN(transcript.filename().string() << ": python3 or openssl missing: the rest is skipped");
        return;
      }
      continue;
    }
    substitute(step, vars);
    INFO(transcript.filename().string() << ":" << n << ": " << line.substr(0, 300));
    if (step.contains("send")) {
      json msg = step["send"];
      if (step.contains("text_from"))
        msg["params"]["textDocument"]["text"] = read_file(fs::path(AZLINT_SOURCE_DIR) / step["text_from"].get<std::string>());
      s.send(msg);
    } else if (step.contains("raw")) {
      s.write(step["raw"].get<std::string>());
    } else if (step.contains("write_file")) {
      std::ofstream(dir / step["write_file"].get<std::string>(), std::ios::binary) << step.value("text", "");
    } else if (step.contains("expect")) {
      auto got = s.expect(step["expect"]);
      if (!got) {
        for (const json& m : s.messages()) UNSCOPED_INFO(m.dump().substr(0, 2000));
      }
      CHECK(got.has_value());
    } else if (step.contains("expect_last")) {
      bool ok = s.expect_last(step["expect_last"]);
      if (!ok) {
        for (const json& m : s.messages()) UNSCOPED_INFO(m.dump().substr(0, 2000));
      }
      CHECK(ok);
    } else if (step.contains("expect_none")) {
      none.push_back(step["expect_none"]);
    } else if (step.contains("exit_code")) {
      exit_code = step["exit_code"].get<int>();
    } else {
      FAIL("unknown transcript step");
    }
  }
  int code = s.finish();
  for (const json& p : none)
    for (const json& m : s.messages()) {
      INFO("unexpected message: " << m.dump().substr(0, 1000));
      CHECK_FALSE(matches(p, m));
    }
  if (exit_code) CHECK(code == *exit_code);
  fs::remove_all(dir);
}

json init_request(int id = 1) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}};
}

json did_open(const std::string& uri, const std::string& text, int version = 1) {
  return {{"jsonrpc", "2.0"},
          {"method", "textDocument/didOpen"},
          {"params", {{"textDocument", {{"uri", uri}, {"languageId", "yaml"}, {"version", version}, {"text", text}}}}}};
}

json did_change(const std::string& uri, int version, json changes) {
  return {{"jsonrpc", "2.0"},
          {"method", "textDocument/didChange"},
          {"params", {{"textDocument", {{"uri", uri}, {"version", version}}}, {"contentChanges", std::move(changes)}}}};
}

json request(int id, const std::string& method, json params) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

void shutdown_and_exit(Session& s, int id = 999) {
  s.send(request(id, "shutdown", nullptr));
  CHECK(s.expect_ok({{"id", id}, {"result", nullptr}}));
  s.send({{"jsonrpc", "2.0"}, {"method", "exit"}});
  CHECK(s.finish() == 0);
}

const char* kBroken =
    "version: 1.2.1\n"
    "endpoints:\n"
    "  azureOpenAI:\n"
    "    groups:\n"
    "      - group: \"westus\"\n"
    "        apiKey: \"${WESTUS_KEY}\"\n"
    "        instanceName: \"contoso-westus\"\n"
    "        version: 2024-10-21\n"
    "        models:\n"
    "          gpt-4o: {deploymentName: \"gpt-4o\"}\n";

}  // namespace

TEST_CASE("lsp framing: lengths, bad headers, oversized bodies, EOF", "[lsp]") {
  using azlint::lsp::Frame;
  std::istringstream in(
      "Content-Length: 2\r\n\r\n{}"                           // ok
      "Content-Type: x\r\n\r\n"                               // no length
      "Content-Length: abc\r\n\r\n"                           // bad length
      "Content-Length: 20\r\n\r\n01234567890123456789"        // over the cap of 10
      "junkContent-Length: 3\r\nContent-Type: y\r\n\r\n[1]"   // resyncs on the header
      "Content-Length: 9\r\n\r\n{}");                         // body cut short
  azlint::lsp::FrameReader r(in, 10);
  Frame f = r.read();
  CHECK(f.status == Frame::Status::Ok);
  CHECK(f.body == "{}");
  CHECK(r.read().status == Frame::Status::BadHeader);
  CHECK(r.read().status == Frame::Status::BadHeader);
  CHECK(r.read().status == Frame::Status::TooLarge);
  f = r.read();
  CHECK(f.status == Frame::Status::Ok);
  CHECK(f.body == "[1]");
  CHECK(r.read().status == Frame::Status::BadHeader);
  CHECK(r.read().status == Frame::Status::Eof);
}

TEST_CASE("lsp documents: full and incremental edits in UTF-16 positions", "[lsp]") {
  azlint::lsp::DocumentStore store;
  // "é" is 2 bytes / 1 unit, "🚀" 4 bytes / 2 units, "日" 3 bytes / 1 unit
  store.open("file:///a.yaml", "yaml", 1, "a: é🚀日x\nb: 2\r\nc: 3");
  using azlint::lsp::LspPosition;
  using azlint::lsp::LspRange;
  using azlint::lsp::TextChange;
  // replace "x" (line 0, UTF-16 column 3 + 1 + 2 + 1 = 7)
  REQUIRE(store.change("file:///a.yaml", 2, {TextChange{LspRange{{0, 7}, {0, 8}}, "y"}}));
  CHECK(store.find("file:///a.yaml")->text == "a: é🚀日y\nb: 2\r\nc: 3");
  // a column past the end of a CRLF line clamps before the \r
  REQUIRE(store.change("file:///a.yaml", 3, {TextChange{LspRange{{1, 99}, {1, 99}}, "!"}}));
  CHECK(store.find("file:///a.yaml")->text == "a: é🚀日y\nb: 2!\r\nc: 3");
  // insert at the end, then a full replacement
  REQUIRE(store.change("file:///a.yaml", 4, {TextChange{LspRange{{9, 0}, {9, 0}}, "\n"}}));
  CHECK(store.find("file:///a.yaml")->text.back() == '\n');
  REQUIRE(store.change("file:///a.yaml", 5, {TextChange{std::nullopt, "new"}}));
  CHECK(store.find("file:///a.yaml")->text == "new");
  CHECK(store.find("file:///a.yaml")->version == 5);
  CHECK_FALSE(store.change("file:///b.yaml", 1, {}));
  CHECK(azlint::lsp::uri_to_path("file:///tmp/a%20b/librechat.yaml") == "/tmp/a b/librechat.yaml");
  CHECK(azlint::lsp::path_to_uri("/tmp/a b/x.yaml") == "file:///tmp/a%20b/x.yaml");
}

TEST_CASE("lsp documents: the line index follows random edits", "[lsp]") {
  azlint::lsp::DocumentStore store;
  std::string text = "a: 1\nb: 日本\n\nc: 🚀\r\nd\n";
  store.open("u", "yaml", 1, text);
  uint32_t seed = 12345;
  auto rnd = [&](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return n ? (seed >> 8) % n : 0;
  };
  // "\r" alone ends a line too: an edit may join a "\r" and a "\n" into one line break or split one
  const char* pieces[] = {"", "x", "\n", "é\n\n", "🚀", "key: v\r\n", "\n\n\n", "\r", "a\r", "\rb", "\r\r\n"};
  for (int i = 0; i < 3000; ++i) {
    const auto* d = store.find("u");
    uint32_t lines = static_cast<uint32_t>(d->line_starts.size());
    azlint::lsp::LspPosition a{rnd(lines + 1), rnd(8)}, b{rnd(lines + 1), rnd(8)};
    if (b.line < a.line || (b.line == a.line && b.character < a.character)) std::swap(a, b);
    REQUIRE(store.change("u", i + 2, {azlint::lsp::TextChange{azlint::lsp::LspRange{a, b}, pieces[rnd(11)]}}));
    d = store.find("u");
    REQUIRE(d->line_starts == azlint::lsp::compute_line_starts(d->text));
  }
}

TEST_CASE("lsp completion context: the mapping a YAML key is typed in", "[lsp]") {
  using azlint::lsp::yaml_key_context;
  std::string text =
      "version: 1.2.1\n"              // 0
      "endpoints:\n"                  // 1
      "  azureOpenAI:\n"              // 2
      "    groups:\n"                 // 3
      "      - group: \"w\"\n"          // 4
      "        # a comment\n"         // 5
      "        mo\n"                  // 6
      "        models:\n"             // 7
      "          gpt-4o:\n"           // 8
      "            de\n"              // 9
      "      - ins\n"                 // 10
      "    ti\n"                      // 11
      "  custom:\n"                   // 12
      "    - name: x\n";              // 13
  auto starts = azlint::lsp::compute_line_starts(text);
  auto at = [&](uint32_t line, uint32_t ch) { return yaml_key_context(text, starts, {line, ch}); };
  auto c = at(6, 10);
  REQUIRE(c);
  CHECK(c->pointer == "/endpoints/azureOpenAI/groups/0");
  CHECK(c->column == 8);
  CHECK(c->present == std::set<std::string>{"group", "models"});
  c = at(9, 14);
  REQUIRE(c);
  CHECK(c->pointer == "/endpoints/azureOpenAI/groups/0/models/gpt-4o");
  c = at(10, 11);
  REQUIRE(c);
  CHECK(c->pointer == "/endpoints/azureOpenAI/groups/0");
  CHECK(c->present.empty());
  c = at(11, 6);
  REQUIRE(c);
  CHECK(c->pointer == "/endpoints/azureOpenAI");
  CHECK(c->present.count("groups"));
  c = at(1, 3);
  REQUIRE(c);
  CHECK(c->pointer == "");
  CHECK(c->present.count("version"));
  CHECK_FALSE(at(4, 17));  // in a value
  CHECK_FALSE(at(5, 12));  // in a comment
  CHECK_FALSE(at(99, 0));
}

TEST_CASE("lsp transcripts", "[lsp]") {
  fs::path dir = fs::path(AZLINT_SOURCE_DIR) / "tests" / "lsp";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".jsonl") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 5);
  for (const fs::path& f : files) {
    SECTION(f.filename().string()) { replay(f); }
  }
}

TEST_CASE("lsp: a 10 MiB document is linted and the server keeps serving", "[lsp]") {
  Session s;
  s.send(init_request());
  REQUIRE(s.expect_ok({{"id", 1}}));
  std::string text = kBroken;
  text += "# padding\n";
  while (text.size() < (10u << 20)) text += "# " + std::string(98, 'x') + "\n";
  s.send(did_open("file:///tmp/azlint-big/librechat.yaml", text));
  s.send(request(2, "textDocument/hover", {{"textDocument", {{"uri", "file:///tmp/azlint-big/librechat.yaml"}}},
                                           {"position", {{"line", 7}, {"character", 10}}}}));
  CHECK(s.expect_ok({{"id", 2}, {"result", {{"contents", {{"value", {{"$contains", "version"}}}}}}}}));
  CHECK(s.expect_ok({{"method", "textDocument/publishDiagnostics"},
                  {"params", {{"diagnostics", {{{"code", "yaml-implicit-type"}}}}}}}));
  shutdown_and_exit(s);
}

TEST_CASE("lsp: a document the size limit admits is linted under the same node budget as check", "[lsp][limits]") {
  // 300 000 sequence items (1.2 MB): over 250 000 nodes, within the 1 048 576 the 16 MiB size
  // limit implies. The server stopped it with one `syntax` finding while `check` linted it.
  Session s;
  s.send(init_request());
  REQUIRE(s.expect_ok({{"id", 1}}));
  std::string text = "version: \"1.3.17\"\nendpoints: {}\nx-list:\n";
  for (int i = 0; i < 300000; ++i) text += "- 1\n";
  s.send(did_open("file:///tmp/azlint-nodes/librechat.yaml", text));
  CHECK(s.expect_ok({{"method", "textDocument/publishDiagnostics"},
                     {"params", {{"diagnostics", {{{"code", "schema"}, {"message", {{"$contains", "x-list"}}}}}}}}}));
  shutdown_and_exit(s);
}

TEST_CASE("lsp: a document over the 16 MiB file limit is reported, not linted", "[lsp]") {
  Session s;
  s.send(init_request());
  REQUIRE(s.expect_ok({{"id", 1}}));
  std::string text = kBroken;
  text += std::string((16u << 20) + 10, '#');
  s.send(did_open("file:///tmp/azlint-huge/librechat.yaml", text));
  CHECK(s.expect_ok({{"method", "textDocument/publishDiagnostics"},
                     {"params", {{"diagnostics", {{{"code", "input-too-large"}, {"severity", 2}}}}}}}));
  s.send(request(2, "textDocument/hover", {{"textDocument", {{"uri", "file:///tmp/azlint-huge/librechat.yaml"}}},
                                           {"position", {{"line", 7}, {"character", 10}}}}));
  CHECK(s.expect_ok({{"id", 2}}));
  shutdown_and_exit(s);
}

TEST_CASE("lsp: 1000 changes in a burst end in one correct state", "[lsp]") {
  Session s(100);
  s.send(init_request());
  REQUIRE(s.expect_ok({{"id", 1}}));
  const std::string uri = "file:///tmp/azlint-burst/librechat.yaml";
  s.send(did_open(uri, kBroken));
  // Type a comment at the end, one character at a time, then quote the date (line 7).
  std::string burst;
  for (int i = 0; i < 1000; ++i)
    burst += frame(did_change(uri, 2 + i, json::array({{{"range", {{"start", {{"line", 10}, {"character", i}}}, {"end", {{"line", 10}, {"character", i}}}}}, {"text", i == 0 ? "#" : "x"}}})));
  s.write(burst);
  s.send(did_change(uri, 1002, json::array({{{"range", {{"start", {{"line", 7}, {"character", 17}}}, {"end", {{"line", 7}, {"character", 27}}}}}, {"text", "\"2024-10-21\""}}})));
  s.send(request(2, "textDocument/diagnostic", {{"textDocument", {{"uri", uri}}}}));
  auto got = s.expect({{"id", 2}});
  REQUIRE(got);
  for (const json& d : (*got)["result"]["items"]) CHECK(d["code"] != "yaml-implicit-type");
  CHECK(s.expect_last({{"params", {{"uri", uri}, {"version", 1002}}}}));
  // Debounced: far fewer publications than edits.
  int published = 0;
  for (const json& m : s.messages())
    if (m.value("method", "") == "textDocument/publishDiagnostics") ++published;
  CHECK(published < 50);
  shutdown_and_exit(s);
}

// The published findings are kept per finding between edits (their JSON text reused when the
// finding is unchanged, matched at its index first): after edits that add findings before the
// others, reorder them, repeat one and remove some, each publication equals a fresh open's.
TEST_CASE("lsp: findings published after edits equal a fresh open's of the same text", "[lsp]") {
  const std::string uri = "file:///tmp/azlint-reuse/librechat.yaml";
  auto group = [](const std::string& name, const std::string& version) {
    return "      - group: \"" + name + "\"\n        apiKey: \"${" + name + "_KEY}\"\n        instanceName: \"contoso-" + name +
           "\"\n        version: " + version + "\n        models:\n          gpt-4o: {deploymentName: \"gpt-4o\"}\n";
  };
  const std::string head = "version: 1.2.1\nendpoints:\n  azureOpenAI:\n    groups:\n";
  const std::vector<std::string> texts = {
      head + group("WESTUS", "2024-10-21") + group("EASTUS", "\"2024-10-21\""),
      head + group("NORTH", "2024-10-21") + group("WESTUS", "2024-10-21") + group("EASTUS", "\"2024-10-21\""),
      head + group("EASTUS", "\"2024-10-21\"") + group("WESTUS", "2024-10-21") + group("NORTH", "2024-10-21"),
      head + group("WESTUS", "2024-10-21") + group("WESTUS", "2024-10-21") + group("NORTH", "\"2024-10-21\""),
      head + group("NORTH", "\"2024-10-21\""),
      head + group("WESTUS", "2024-10-21") + group("EASTUS", "\"2024-10-21\""),
  };
  auto published = [&](Session& s, int version) {
    auto got = s.expect({{"method", "textDocument/publishDiagnostics"}, {"params", {{"uri", uri}, {"version", version}}}});
    REQUIRE(got);
    return (*got)["params"]["diagnostics"];
  };
  Session edited(0);
  edited.send(init_request());
  REQUIRE(edited.expect_ok({{"id", 1}}));
  edited.send(did_open(uri, texts[0]));
  json first = published(edited, 1);
  CHECK(first.size() >= 2);
  for (size_t i = 1; i < texts.size(); ++i) {
    const int version = static_cast<int>(i) + 1;
    edited.send(did_change(uri, version, json::array({{{"text", texts[i]}}})));
    json after_edit = published(edited, version);
    Session fresh(0);
    fresh.send(init_request());
    REQUIRE(fresh.expect_ok({{"id", 1}}));
    fresh.send(did_open(uri, texts[i], version));
    INFO("text " << i);
    CHECK(after_edit == published(fresh, version));
    shutdown_and_exit(fresh);
  }
  shutdown_and_exit(edited);
}

TEST_CASE("lsp: the binary speaks only protocol on stdout and exits 0 after shutdown", "[lsp]") {
  fs::path dir = temp_dir("binary");
  std::string input = frame(init_request()) + frame(did_open(azlint::lsp::path_to_uri((dir / "librechat.yaml").string()), kBroken)) +
                      frame(request(2, "shutdown", nullptr)) + frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  std::ofstream(dir / "in.bin", std::ios::binary) << input;
  std::string cmd = std::string(AZLINT_BINARY) + " lsp --log " + (dir / "log.txt").string() + " < " + (dir / "in.bin").string() +
                    " > " + (dir / "out.bin").string() + " 2> " + (dir / "err.txt").string();
  int status = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(status) == 0);
  std::vector<json> out = parse_frames(read_file(dir / "out.bin"));
  REQUIRE(out.size() >= 3);
  CHECK(out.front()["id"] == 1);
  bool published = false;
  for (const json& m : out)
    if (m.value("method", "") == "textDocument/publishDiagnostics") published = true;
  CHECK(published);
  CHECK(read_file(dir / "err.txt").empty());
  CHECK(read_file(dir / "log.txt").find("initialize") != std::string::npos);
  // exit without shutdown: 1
  std::ofstream(dir / "in2.bin", std::ios::binary) << frame(init_request()) + frame({{"jsonrpc", "2.0"}, {"method", "exit"}});
  status = std::system((std::string(AZLINT_BINARY) + " lsp < " + (dir / "in2.bin").string() + " > /dev/null 2>&1").c_str());
  CHECK(WEXITSTATUS(status) == 1);
  fs::remove_all(dir);
}
