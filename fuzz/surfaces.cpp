#include "fuzz/surfaces.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sstream>

#include "lint/dotenv.h"
#include "lint/emit/emit.h"
#include "lint/engine.h"
#include "lint/input_guard.h"
#include "lint/load_env_file.h"
#include "lint/load_json5.h"
#include "lint/load_yaml.h"
#include "lint/lsp/framing.h"
#include "lint/lsp/jsonrpc.h"
#include "lint/lsp/server.h"
#include "lint/redact.h"
#include "lint/scrub.h"
#include "lint/source.h"
#include "lint/verify/classify.h"
#include "rules/registry.h"

namespace azlint::fuzz {

std::optional<Surface> parse_surface(std::string_view name) {
  if (name == "yaml") return Surface::Yaml;
  if (name == "yaml_fast") return Surface::YamlFast;
  if (name == "json5") return Surface::Json5;
  if (name == "dotenv") return Surface::Dotenv;
  if (name == "lint") return Surface::Lint;
  if (name == "lsp") return Surface::Lsp;
  if (name == "verify_classify") return Surface::VerifyClassify;
  return std::nullopt;
}

void Problems::require(bool ok, std::string_view what, std::string_view detail) {
  if (ok) return;
  std::string line(what);
  if (!detail.empty()) line += ": " + std::string(detail.substr(0, 400));
  list.push_back(std::move(line));
}

namespace {
bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

void check_span(Problems& p, const Span& s, std::string_view text, std::string_view what) {
  std::string detail = std::string(what) + " [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
                       ") in " + std::to_string(text.size()) + " bytes";
  p.require(s.begin <= s.end, "span begin > end", detail);
  p.require(s.end <= text.size(), "span past the end of the file", detail);
  if (s.begin > s.end || s.end > text.size()) return;
  if (!check_encoding(text)) {
    p.require(s.begin == text.size() || !continuation(static_cast<unsigned char>(text[s.begin])),
              "span begins inside a UTF-8 character", detail);
    p.require(s.end == text.size() || !continuation(static_cast<unsigned char>(text[s.end])),
              "span ends inside a UTF-8 character", detail);
  }
}

void check_redacted(Problems& p, std::string_view s, std::string_view what) {
  p.require(redact_secrets(s) == s, "secret-looking text in output", std::string(what) + ": " + std::string(s));
}

void check_diagnostics(Problems& p, const std::vector<Diagnostic>& diags, std::string_view text,
                       const CheckOptions& o) {
  for (const Diagnostic& d : diags) {
    std::string what = "rule " + d.rule;
    check_span(p, d.span, text, what);
    for (const Note& n : d.notes)
      if (!n.file) check_span(p, n.span, text, what + " (note)");
    if (d.fix)
      for (const Edit& e : d.fix->edits) check_span(p, e.span, text, what + " (fix edit)");
    if (o.rules_registered)
      p.require(d.rule == "syntax" || find_rule(d.rule) != nullptr, "unregistered rule id", d.rule);
    if (o.redacted) {
      const Scrubber shapes;  // what every emitter applies, without the run's known values
      check_redacted(p, shapes.scrub(d.message), what + " message");
      check_redacted(p, shapes.scrub(d.help), what + " help");
      check_redacted(p, shapes.scrub(d.pointer), what + " pointer");
      for (const Note& n : d.notes) check_redacted(p, shapes.scrub(n.message), what + " note");
      if (d.fix) {
        check_redacted(p, shapes.scrub(d.fix->title), what + " fix title");
        for (const Edit& e : d.fix->edits) check_redacted(p, e.replacement, what + " fix edit");
      }
    }
  }
}

namespace {

// Loaders: messages are redacted by the engine, not the loaders (the lint surface checks that
// path), so only spans and ids are checked here.
const CheckOptions kLoader{true, false};

void run_yaml(Problems& p, std::string_view bytes) {
  auto source = std::make_shared<const SourceFile>("fuzz.yaml", std::string(bytes));
  LoadResult r = load_yaml(source);
  check_diagnostics(p, r.diagnostics, source->text(), kLoader);
}

// Where two trees first differ, field by field ("" when they are the same).
std::string tree_difference(const Node& a, const Node& b, const std::string& where) {
  auto span = [](const Span& s) { return "[" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ")"; };
  if (a.kind != b.kind) return where + ": kind";
  if (a.style != b.style) return where + ": style";
  if (a.implicit != b.implicit) return where + ": implicit";
  if (a.span.begin != b.span.begin || a.span.end != b.span.end) return where + ": span " + span(a.span) + " vs " + span(b.span);
  if (a.key_span().begin != b.key_span().begin || a.key_span().end != b.key_span().end)
    return where + ": key_span() " + span(a.key_span()) + " vs " + span(b.key_span());
  if (a.pointer() != b.pointer()) return where + ": pointer \"" + a.pointer() + "\" vs \"" + b.pointer() + "\"";
  if (a.text != b.text) return where + ": text \"" + a.text + "\" vs \"" + b.text + "\"";
  if (a.boolean != b.boolean) return where + ": boolean";
  if (!(a.number() == b.number() || (std::isnan(a.number()) && std::isnan(b.number())))) return where + ": number";
  if (a.members().size() != b.members().size()) return where + ": member count";
  if (a.items().size() != b.items().size()) return where + ": item count";
  for (size_t i = 0; i < a.members().size(); ++i) {
    std::string at = where + "/" + a.members()[i].key.text;
    std::string d = tree_difference(a.members()[i].key, b.members()[i].key, at + " (key)");
    if (d.empty()) d = tree_difference(a.members()[i].value, b.members()[i].value, at);
    if (!d.empty()) return d;
  }
  for (size_t i = 0; i < a.items().size(); ++i) {
    std::string d = tree_difference(a.items()[i], b.items()[i], where + "/" + std::to_string(i));
    if (!d.empty()) return d;
  }
  return "";
}

// The fast YAML reader (lint/yaml_fast.h) against yaml-cpp alone: the same tree, field by field,
// or the same findings, whether or not the fast reader took the file; with the default limits and
// with small ones (the node budget and the depth limit hit).
void run_yaml_fast(Problems& p, std::string_view bytes) {
  auto source = std::make_shared<const SourceFile>("fuzz.yaml", std::string(bytes));
  Limits small;
  small.max_nodes = 40;
  small.max_depth = 16;
  for (const Limits& limits : {Limits{}, small}) {
    LoadResult fast = load_yaml(source, limits, YamlReader::FastFirst);
    LoadResult slow = load_yaml(source, limits, YamlReader::YamlCppOnly);
    p.require(fast.doc.parsed == slow.doc.parsed, "the fast reader parsed what yaml-cpp did not (or not what it did)");
    p.require(fast.rejected == slow.rejected, "the fast reader rejected differently");
    p.require(fast.diagnostics.size() == slow.diagnostics.size(), "the fast reader's findings differ in number");
    for (size_t i = 0; i < std::min(fast.diagnostics.size(), slow.diagnostics.size()); ++i) {
      const Diagnostic& f = fast.diagnostics[i];
      const Diagnostic& s = slow.diagnostics[i];
      p.require(f.message == s.message && f.span.begin == s.span.begin && f.span.end == s.span.end,
                "the fast reader's finding differs", f.message + " / " + s.message);
    }
    if (fast.doc.parsed && slow.doc.parsed) {
      std::string d = tree_difference(fast.doc.root, slow.doc.root, "");
      p.require(d.empty(), "the fast reader's tree differs from yaml-cpp's", d);
    }
  }
}

void run_json5(Problems& p, std::string_view bytes) {
  auto source = std::make_shared<const SourceFile>("fuzz.json5", std::string(bytes));
  LoadResult r = load_json5(source);
  check_diagnostics(p, r.diagnostics, source->text(), kLoader);
}

// parse_dotenv's entries and the env-file loader (Open WebUI's .env dialect).
void run_dotenv(Problems& p, std::string_view bytes) {
  std::string text(bytes);
  for (const DotenvEntry& e : parse_dotenv(text)) {
    check_span(p, e.name_span, text, "dotenv name " + e.name);
    check_span(p, e.value_span, text, "dotenv value of " + e.name);
  }
  auto source = std::make_shared<const SourceFile>(".env", text);
  LoadResult r = load_env_file(source);
  check_diagnostics(p, r.diagnostics, text, kLoader);
}

// The whole engine: byte 0 picks the dialect (forced through Options::dialect, so each dialect's
// rules see hostile trees; the last choice is detected from the content), the rest is the file.
// No process environment and no `.env` beside it, so runs are reproducible.
void run_lint(Problems& p, std::string_view bytes) {
  if (bytes.empty()) return;
  struct Pick {
    const char* dialect;  // a --dialect value, "" to detect
    const char* path;
  };
  static constexpr Pick kPicks[] = {
      {"librechat", "librechat.yaml"}, {"litellm", "config.yaml"},
      {"openclaw", "openclaw.json"},   {"openwebui", "config.json"},
      {"openwebui-env", ".env"},       {"", "azlint-fuzz.yaml"},
  };
  const Pick& pick = kPicks[static_cast<unsigned char>(bytes[0]) % (sizeof kPicks / sizeof kPicks[0])];
  auto source = std::make_shared<const SourceFile>(pick.path, std::string(bytes.substr(1)));
  Options options;
  options.process_env = false;
  options.default_env_file = false;
  options.dialect = find_form(pick.dialect);
  FileResult r = lint_source(source, options);
  check_diagnostics(p, r.diagnostics, source->text());
  for (size_t i = 1; i < r.diagnostics.size(); ++i)
    p.require(r.diagnostics[i - 1].span.begin <= r.diagnostics[i].span.begin, "diagnostics not sorted by position");
  // What a terminal is given (text without colour, github) holds no control character but the
  // line breaks between findings.
  std::ostringstream text, github;
  const Scrubber scrubber = scrubber_for({r});
  emit_text(text, {r}, TextStyle{}, scrubber);
  emit_github(github, {r}, scrubber);
  for (const std::string& out : {text.str(), github.str()})
    for (char c : out)
      if ((static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
        p.require(false, "a control character reaches the terminal", out);
        break;
      }
}

// The language server on a byte stream: first the framing layer alone (every frame read, each
// body parsed and classified as JSON-RPC), then the whole server (framing, dispatcher, documents,
// linting) until `exit` or the end. What it writes must be well-formed frames of valid JSON, and
// the diagnostics it publishes hold nothing key-shaped.
void run_lsp(Problems& p, std::string_view bytes) {
  using namespace azlint::lsp;
  {
    std::istringstream in{std::string(bytes)};
    FrameReader reader(in, 1 << 20);
    for (size_t frames = 0;; ++frames) {
      if (frames > bytes.size() + 1) {
        p.require(false, "frame reader does not end");
        break;
      }
      Frame f = reader.read();
      if (f.status == Frame::Status::Eof) break;
      if (f.status != Frame::Status::Ok) continue;
      json j = json::parse(f.body, nullptr, false);
      if (j.is_discarded()) continue;
      Message m = classify(std::move(j));
      (void)dump(m.params);
    }
  }
  std::istringstream in{std::string(bytes)};
  std::ostringstream out;
  ServerOptions options;
  options.debounce_ms = 0;
  int code = run_server(in, out, options);
  p.require(code == 0 || code == 1, "unexpected exit code", std::to_string(code));
  std::istringstream written(out.str());
  FrameReader reader(written);
  for (;;) {
    Frame f = reader.read();
    if (f.status == Frame::Status::Eof) break;
    if (f.status != Frame::Status::Ok) {
      p.require(false, "server wrote a malformed frame", f.error);
      break;
    }
    json j = json::parse(f.body, nullptr, false);
    p.require(!j.is_discarded(), "server wrote invalid JSON", f.body);
    if (!j.is_object() || j.value("method", "") != "textDocument/publishDiagnostics") continue;
    const json& params = j["params"];
    if (!params.is_object() || !params.contains("diagnostics") || !params["diagnostics"].is_array()) continue;
    for (const json& d : params["diagnostics"])
      if (d.is_object() && d.contains("message") && d["message"].is_string())
        check_redacted(p, d["message"].get<std::string>(), "published diagnostic");
  }
}

std::string_view next_line(std::string_view& rest) {
  size_t nl = rest.find('\n');
  std::string_view line = rest.substr(0, nl);
  rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

void check_no_secret(Problems& p, const std::string& out, const std::string& secret, std::string_view what) {
  // Only key-shaped secrets (16+ characters of [A-Za-z0-9._-]): a masked secret keeps its last
  // four characters, and one with spaces or punctuation can be spelled by classify's own words
  // around the server's ("400: {…") or around "<redacted>".
  bool key_shaped = secret.size() >= 16 && std::all_of(secret.begin(), secret.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
  if (!key_shaped) return;
  p.require(out.find(secret) == std::string::npos, "secret copied into the output", std::string(what) + ": " + out);
}

// The verify response classifier. Layout: byte 0 picks route, probe kind, Entra and transport
// error; bytes 1-2 the status; then lines: a secret, curl's error message, `name: value` headers
// up to an empty line, and the body (the rest, at most 64 KiB like http.cpp). The status must be
// known, and neither the detail nor the body excerpt may hold the secret or anything key-shaped.
void run_verify_classify(Problems& p, std::string_view bytes) {
  using namespace azlint::verify;
  if (bytes.size() < 3) return;
  const auto flags = static_cast<uint8_t>(bytes[0]);
  HttpResponse r;
  const Route routes[] = {Route::AzureModels, Route::AzureDeployment, Route::AzureV1, Route::OpenAI};
  const ProbeKind kinds[] = {ProbeKind::Models, ProbeKind::Deployment, ProbeKind::Completion};
  const TransportError errors[] = {TransportError::None, TransportError::Unreachable, TransportError::Tls,
                                   TransportError::Timeout, TransportError::Other};
  Route route = routes[flags & 3];
  ProbeKind kind = kinds[((flags >> 2) & 3) % 3];
  bool entra = (flags >> 4) & 1;
  r.error = errors[(flags >> 5) % 5];
  r.status = (static_cast<uint8_t>(bytes[1]) << 8 | static_cast<uint8_t>(bytes[2])) % 1000;

  std::string_view rest = bytes.substr(3);
  std::vector<std::string> secrets;
  std::string secret(next_line(rest));
  if (!secret.empty()) secrets.push_back(secret);
  r.error_message = std::string(next_line(rest));
  while (!rest.empty()) {
    std::string_view line = next_line(rest);
    if (line.empty()) break;
    size_t colon = line.find(':');
    std::string name(line.substr(0, colon));
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string_view value = colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    r.headers[name] = std::string(value);
  }
  r.body = std::string(rest.substr(0, 64 * 1024));

  Classification c = classify(r, route, kind, entra, secrets);
  bool known = std::find(all_statuses().begin(), all_statuses().end(), c.status) != all_statuses().end();
  p.require(known, "unknown status");
  if (r.error == TransportError::None) {  // transport errors carry curl's own words, not the server's
    check_redacted(p, c.detail, "detail");
    check_no_secret(p, c.detail, secret, "detail");
  }
  check_redacted(p, c.help, "help");
  std::string excerpt = body_excerpt(r.body, secrets);
  check_redacted(p, excerpt, "body excerpt");
  check_no_secret(p, excerpt, secret, "body excerpt");
  p.require(excerpt.find('\n') == std::string::npos, "multi-line body excerpt");
  (void)retry_after_seconds(r);
}

}  // namespace

Problems run_one(Surface surface, std::string_view bytes) {
  Problems p;
  switch (surface) {
    case Surface::Yaml: run_yaml(p, bytes); break;
    case Surface::YamlFast: run_yaml_fast(p, bytes); break;
    case Surface::Json5: run_json5(p, bytes); break;
    case Surface::Dotenv: run_dotenv(p, bytes); break;
    case Surface::Lint: run_lint(p, bytes); break;
    case Surface::Lsp: run_lsp(p, bytes); break;
    case Surface::VerifyClassify: run_verify_classify(p, bytes); break;
  }
  return p;
}

int fuzz_one(Surface surface, const uint8_t* data, size_t size) {
  Problems p = run_one(surface, std::string_view(reinterpret_cast<const char*>(data), size));
  if (p.list.empty()) return 0;
  for (const std::string& line : p.list) std::fprintf(stderr, "fuzz invariant broken: %s\n", line.c_str());
  std::abort();
}

}  // namespace azlint::fuzz
