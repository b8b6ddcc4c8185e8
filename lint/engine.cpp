#include "lint/engine.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "lint/context.h"
#include "lint/gateway.h"
#include "lint/known_secrets.h"
#include "lint/load.h"
#include "lint/project.h"
#include "lint/redact.h"
#include "lint/releases.h"
#include "lint/suppress.h"
#include "rules/registry.h"

namespace fs = std::filesystem;

namespace azlint {

Env build_env(const std::string& path, const Options& options, DeclarationCache* declarations,
              std::shared_ptr<const EnvVars> process) {
  Env env;
  uint64_t max = options.limits.max_file_bytes;
  if (options.process_env) env.use_process_environment(process ? std::move(process) : read_process_environment());
  for (const std::string& f : options.env_files) env.add_file(f, max, true);
  for (const std::string& f : options.config.env_files) {
    fs::path p(f);
    env.add_file(p.is_absolute() ? f : (fs::path(options.config.dir()) / p).string(), max, true);
  }
  if (options.default_env_file && !path.empty() && path != "-") {
    // Whatever is there is read, or said why not: a FIFO or a directory named `.env` is not
    // skipped in silence.
    std::error_code ec;
    fs::path dotenv = fs::absolute(path, ec).parent_path() / ".env";
    if (fs::exists(dotenv, ec)) env.add_file(dotenv.string(), max, false);
    DeclarationCache once;
    (declarations ? *declarations : once).declare_for(path, options.limits, env);
  }
  for (const auto& [name, line] : options.config.env_declared) env.declare({name, "", options.config.path, line});
  env.require_declared(options.require_env || options.config.require_env);
  return env;
}

namespace {

bool rule_enabled(const Rule& r, const Options& o) {
  if (o.only.empty() && o.ignore.empty() && o.config.rules.empty()) return true;  // every rule: no id looked up
  std::string id(r.meta().id);
  if (id == "syntax") return true;
  if (o.ignore.count(id)) return false;
  if (!o.only.empty()) return o.only.count(id) > 0;
  auto it = o.config.rules.find(id);
  return it == o.config.rules.end() || it->second.enabled;
}

// A gateway's rules see each of its forms (`openwebui/*`: the config JSON and the env file).
bool applies(const Rule& r, const Gateway* g) {
  return g && (r.meta().gateway.empty() || r.meta().gateway == g->id());
}

// A rule that declares the releases it holds for runs only on documents of that gateway whose
// release is inside the range.
bool holds_for_release(const Rule& r, const Document& doc) {
  const ReleaseRange& rr = r.meta().releases;
  if (rr.gateway.empty() || !doc.gateway || rr.gateway != doc.gateway->id()) return true;
  return doc.release && version_in_range(doc.release->version, rr.range);
}

Diagnostic unknown_dialect(const Document& doc) {
  Diagnostic d;
  d.rule = "unknown-dialect";
  d.severity = Severity::Info;
  d.span = {0, 0};
  if (doc.root.is_mapping() && !doc.root.members().empty()) d.span = doc.root.members().front().key.span;
  std::string markers;
  for (const Gateway* g : all_gateways()) markers += (markers.empty() ? "" : ", ") + std::string(g->marker());
  d.message = "this file does not look like a config azlint knows (" + markers + "), so no rule ran";
  d.help = "pass --dialect " + known_forms("|") + " if it is one of them";
  return d;
}

// A `schema` finding on exactly the span another rule reports says the same thing less
// precisely (`yaml-implicit-type` on `version: 2024-10-21`, `librechat/model-false` on a model
// set to "yes"), or is a part of its mistake (the misspelt key a required-key rule absorbs as a
// note): keep the specific one.
void drop_schema_echoes(std::vector<Diagnostic>& diags) {
  struct Place {
    Span span;
    const Diagnostic* owner;  // the finding whose note it is (never dropped by its own note)
  };
  std::vector<Place> specific;
  for (const Diagnostic& d : diags) {
    if (d.rule == "syntax") continue;
    if (d.rule != "schema") specific.push_back({d.span, &d});
    for (const Note& n : d.notes)
      if (n.absorbs && !n.file) specific.push_back({n.span, &d});
  }
  if (specific.empty()) return;
  std::vector<bool> drop(diags.size(), false);
  for (size_t i = 0; i < diags.size(); ++i)
    drop[i] = diags[i].rule == "schema" && std::any_of(specific.begin(), specific.end(), [&](const Place& p) {
                return p.owner != &diags[i] && p.span.begin == diags[i].span.begin && p.span.end == diags[i].span.end;
              });
  size_t out = 0;
  for (size_t i = 0; i < diags.size(); ++i) {
    if (drop[i]) continue;
    if (out != i) diags[out] = std::move(diags[i]);
    ++out;
  }
  diags.resize(out);
}

// One file between loading and checking.
struct Loaded {
  const Input& input;
  const Document& doc;  // its source is the input's text
  std::vector<Diagnostic> diags;
};

// The text of an input: its source, else read from its path (nullptr, with `reason`, when it
// cannot be read).
std::shared_ptr<const SourceFile> source_of(const Input& in, std::string& reason) {
  if (in.source) return in.source;
  std::optional<std::string> text = read_input(in.path, in.options().limits.max_file_bytes, reason);
  if (!text) return nullptr;
  return std::make_shared<const SourceFile>(in.path, std::move(*text));
}

// The document of a source, its release chosen: --target over `.azlint.yaml targets:` over the
// newest bundled. The load diagnostics go to `diags` when given.
Document load(const Input& in, std::shared_ptr<const SourceFile> source, std::vector<Diagnostic>* diags) {
  LoadResult r = load_and_classify(std::move(source), in.options().dialect, in.options().limits);
  if (r.doc.gateway) r.doc.release = choose_release(r.doc.gateway, in.options().targets, in.options().config.targets);
  if (diags) *diags = std::move(r.diagnostics);
  return std::move(r.doc);
}

// An input as another file's rules see it (read again when it is read on demand).
Document load(const Input& in) {
  std::string reason;
  std::shared_ptr<const SourceFile> source = source_of(in, reason);
  if (!source) {
    Document unread;  // not parsed: the project keeps no document for it
    unread.source = std::make_shared<const SourceFile>(in.path, "");
    return unread;
  }
  return load(in, std::move(source), nullptr);
}

// Suppressions, severity overrides, dropped fixes, order: what every finding goes through last.
void finish(const Loaded& l, std::vector<Diagnostic>& diags, const std::vector<std::string>& ran) {
  const SourceFile& source = *l.doc.source;
  const Options& options = l.input.options();
  drop_schema_echoes(diags);
  std::vector<Diagnostic> problems;
  std::vector<Suppression> sups = parse_suppressions(source, l.doc.format, problems);
  bool unused_enabled = l.doc.parsed && l.doc.gateway &&
                        rule_enabled(*find_rule("unused-suppression"), options);
  apply_suppressions(source, sups, diags, unused_enabled,
                     [&](const std::string& id) { return std::find(ran.begin(), ran.end(), id) != ran.end(); });
  // Problems of the comments themselves: `unused-suppression`, `rule-id-alias`.
  if (l.doc.parsed && l.doc.gateway)
    for (Diagnostic& d : problems)
      if (rule_enabled(*find_rule(d.rule), options)) diags.push_back(std::move(d));
  for (Diagnostic& d : diags) {
    auto it = options.config.rules.find(d.rule);
    if (it != options.config.rules.end() && it->second.severity) d.severity = *it->second.severity;
    // No secret reaches any output: the emitters scrub what they print (lint/scrub.h). A fix
    // whose text holds a secret is dropped, not masked: the masked key written back would
    // destroy the one in the file.
    if (d.fix)
      for (const Edit& e : d.fix->edits)
        if (redact_secrets(e.replacement) != e.replacement) {
          d.fix.reset();
          break;
        }
    // spans never leave the file
    d.span.begin = std::min(d.span.begin, source.size());
    d.span.end = std::min(std::max(d.span.end, d.span.begin), source.size());
  }
  if (options.minimum)
    diags.erase(std::remove_if(diags.begin(), diags.end(), [&](const Diagnostic& d) { return d.severity < *options.minimum; }),
                diags.end());
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    return a.rule < b.rule;
  });
  // A value shared through a YAML merge key is one mistake, reported once.
  diags.erase(std::unique(diags.begin(), diags.end(),
                          [](const Diagnostic& a, const Diagnostic& b) {
                            return a.rule == b.rule && a.span.begin == b.span.begin && a.span.end == b.span.end &&
                                   a.message == b.message;
                          }),
              diags.end());
}

// What the files of one run share, read once for the run.
struct RunShared {
  DeclarationCache declarations;
  std::shared_ptr<const EnvVars> process = read_process_environment();
};

FileResult check(Loaded& l, const Project& project, RunShared& run) {
  FileResult result;
  result.source = l.doc.source;
  result.checked_as = {l.doc.gateway, l.doc.form, l.doc.release};
  std::vector<Diagnostic> diags = std::move(l.diags);
  std::vector<std::string> ran;
  const Options& options = l.input.options();
  if (l.doc.parsed) {
    if (!l.doc.gateway) {
      result.secrets = known_secrets(l.doc, Env());
      diags.push_back(unknown_dialect(l.doc));
    } else {
      Env env = build_env(l.doc.source->path(), options, &run.declarations, run.process);
      l.doc.gateway->add_config_env(l.doc, env);  // the variables the config sets itself
      result.input_issues = env.issues();
      Context ctx(l.doc, env, &project, &options.config);
      result.secrets = known_secrets(l.doc, env, &ctx.fields());
      ctx.limit_findings(options.limits.max_findings);
      for (const Rule* r : all_rules()) {
        if (!applies(*r, l.doc.gateway) || !rule_enabled(*r, options) || !holds_for_release(*r, l.doc)) continue;
        ctx.begin_rule(r->meta().id, r->meta().severity);
        r->check(l.doc, ctx);
        ran.emplace_back(r->meta().id);
      }
      // The rules' findings taken whole (a large file's are not held twice while copied).
      if (diags.empty()) {
        diags = std::move(ctx.diagnostics());
      } else {
        diags.reserve(diags.size() + ctx.diagnostics().size());
        for (Diagnostic& d : ctx.diagnostics()) diags.push_back(std::move(d));
      }
      result.unreported = ctx.unreported();
      result.linked = project.take_linked(l.doc);
      // The secrets of the files its rules were linked to: its findings may quote them.
      // Their sources are read once per linked document (a proxy many configs point at), then
      // resolved in this file's environment, whose own secret variables are counted above.
      for (const Document* other : Project::pinned())
        if (other != &l.doc && other->parsed) {
          const SecretSources& sources =
              project.summary<SecretSources>(*other, [](const Document& d) { return secret_sources(d); });
          for (std::string& s : secrets_of(sources, env)) result.secrets.push_back(std::move(s));
        }
    }
  }
  finish(l, diags, ran);
  result.diagnostics = std::move(diags);
  return result;
}

// Runs fn(i) for i in [0, n) on up to one thread per core.
template <typename Fn>
void parallel_for(size_t n, Fn fn) {
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < n; i = next++) fn(i);
  };
  static const unsigned cores = std::max(1u, std::thread::hardware_concurrency());  // a sysfs read: once
  size_t threads = std::min<size_t>(n, cores);
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace

void lint_project(const std::vector<Input>& inputs, const ResultSink& sink) {
  // Each file is read (when given by path), loaded, checked and let go in turn (a linked file is
  // parsed on demand and kept in a small cache, lint/project.h), and its result handed to `sink`
  // as soon as it and every file before it are done: memory is the files in flight plus the
  // results waiting for an earlier one, not the run. A result read on demand keeps its text only
  // when it has findings or a count of findings to show.
  std::vector<RunFile> files;
  files.reserve(inputs.size());
  for (const Input& in : inputs)
    files.push_back({in.source ? in.source->path() : in.path, &in, [&in] { return load(in); }});
  // Files a document is linked to are read from disk within the first file's limits.
  const Project project(std::move(files), inputs.empty() ? Limits{} : inputs.front().options().limits);
  RunShared run;
  std::mutex mu;
  std::map<size_t, FileResult> waiting;  // done, an earlier file not yet
  size_t next = 0;                       // the next index to hand over
  auto done = [&](size_t i, FileResult r) {
    std::lock_guard<std::mutex> lock(mu);
    if (i != next) {
      waiting.emplace(i, std::move(r));
      return;
    }
    sink(next++, std::move(r));
    for (auto it = waiting.begin(); it != waiting.end() && it->first == next; it = waiting.erase(it))
      sink(next++, std::move(it->second));
  };
  parallel_for(inputs.size(), [&](size_t i) {
    const Input& in = inputs[i];
    std::string reason;
    std::shared_ptr<const SourceFile> source = source_of(in, reason);
    if (!source) {
      FileResult unread;
      unread.source = std::make_shared<const SourceFile>(in.path, "");
      unread.unreadable = reason.empty() ? "cannot read" : reason;
      done(i, std::move(unread));
      return;
    }
    std::vector<Diagnostic> diags;
    const Document& doc = project.adopt(load(in, std::move(source), &diags), &in);
    Loaded l{in, doc, std::move(diags)};
    FileResult result = check(l, project, run);
    Project::unpin();
    if (!in.source && result.diagnostics.empty() && !result.unreported)
      result.source = std::make_shared<const SourceFile>(in.path, "");
    done(i, std::move(result));
  });
}

std::vector<FileResult> lint_project(const std::vector<Input>& inputs) {
  std::vector<FileResult> results(inputs.size());
  lint_project(inputs, [&](size_t i, FileResult&& r) { results[i] = std::move(r); });
  return results;
}

Scrubber scrubber_for(const std::vector<FileResult>& results) {
  Scrubber s;
  for (const FileResult& r : results) s.add(r.secrets);
  return s;
}

FileResult lint_source(std::shared_ptr<const SourceFile> source, const Options& options) {
  return lint_project({Input{std::move(source), options}}).front();
}

}  // namespace azlint
