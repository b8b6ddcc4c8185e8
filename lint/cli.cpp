#include "lint/cli.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "lint/cli_complete_data.h"
#include "lint/cli_forgive.h"
#include "lint/color.h"
#include "lint/config_names.h"
#include "lint/discover.h"
#include "lint/exclude.h"
#include "lint/emit/emit.h"
#include "lint/emit/formats.h"
#include "lint/emit/paths.h"
#include "lint/emit/summary.h"
#include "lint/engine.h"
#include "lint/fix/apply.h"
#include "lint/fix/atomic_write.h"
#include "lint/fix/unified_diff.h"
#include "lint/gateways.h"
#include "lint/lsp/server.h"
#include "lint/output_file.h"
#include "lint/read_input.h"
#include "lint/redact.h"
#include "lint/releases.h"
#include "lint/scrub.h"
#include "lint/show/command.h"
#include "lint/verify/command.h"
#include "lint/rule_ids.h"
#include "rules/registry.h"
#include "rules/verify_registry.h"

namespace fs = std::filesystem;

namespace azlint {

namespace {

struct CheckArgs {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string threshold = "error";
  std::string dialect;
  std::vector<std::string> env_files;
  std::string config;
  std::string stdin_filename;
  std::vector<std::string> only;
  std::vector<std::string> ignore;  // --ignore RULE (repeatable)
  std::vector<std::string> targets;
  std::string output;               // --output FILE: the report there instead of stdout
  std::string color;                // --color auto|always|never ("" = not given; lint/color.h)
  bool no_color = false;            // --no-color, an alias of --color never
  bool quiet = false;               // -q: the findings only, no summary
  bool statistics = false;          // --statistics: counts per rule instead of the findings
  bool allow_empty = false;         // --allow-empty: a search that finds no config is no error
  bool no_env = false;
  bool force_exclude = false;
  bool require_env = false;
  bool fix = false;           // --fix: write the fixed files (stdin: print the fixed text)
  bool diff = false;          // --diff: print the fixes as a unified diff instead
  bool unsafe_fixes = false;  // --unsafe-fixes: unsafe fixes too
  uint64_t max_file_size = 16u << 20;
  uint32_t max_findings = Limits{}.max_findings;
  uint64_t max_nodes = 0;  // 0: not given, one node per 16 bytes of max_file_size (at least Limits{}'s)
};

int usage_error(const std::string& msg) {
  std::cerr << "azlint: error: " << escape_controls(msg) << "\n";  // it may quote a config or a path
  return 2;
}

int usage_error(const std::string& msg, const std::string& help) {
  usage_error(msg);
  if (!help.empty()) std::cerr << "help: " << escape_controls(help) << "\n";
  return 2;
}

// --target GATEWAY@VERSION (repeatable) into gateway -> bundled release; 0, or the exit code.
int parse_targets(const std::vector<std::string>& specs, std::map<std::string, std::string>& out) {
  for (const std::string& spec : specs) {
    ReleaseError why;
    std::optional<ReleaseTarget> t = parse_target(spec, why);
    if (!t) return usage_error("--target " + redact_secrets(spec) + ": " + redact_secrets(why.message), redact_secrets(why.help));
    auto [it, fresh] = out.emplace(t->gateway, t->version);
    if (!fresh && it->second != t->version)
      return usage_error("--target names " + t->gateway + " twice (" + it->second + " and " + t->version + ")");
  }
  return 0;
}

// What `--fix` / `--diff` did.
struct FixRun {
  std::vector<FileResult> results;  // the lint of the fixed texts
  size_t fixed = 0;
  bool diff_empty = true;
  bool stdout_taken = false;  // the fixed text of stdin was printed there
  bool io_error = false;      // a file could not be written
};

size_t remaining(const std::vector<FileResult>& results) {
  size_t n = 0;
  for (const FileResult& r : results) n += r.diagnostics.size() + r.unreported;
  return n;
}

// " (K more with --unsafe-fixes)" when findings left carry unsafe fixes the run did not apply.
std::string unsafe_note(const std::vector<FileResult>& results, const CheckArgs& a) {
  if (a.unsafe_fixes) return {};
  size_t n = 0;
  for (const FileResult& r : results)
    for (const Diagnostic& d : r.diagnostics) n += d.fix && !d.fix->safe();
  return n ? " (" + std::to_string(n) + " more with --unsafe-fixes)" : std::string();
}

// Applies the fixes (lint/fix/apply.h): --diff prints them, --fix writes each changed file
// atomically (lint/fix/atomic_write.h) or, for stdin, prints the fixed text. A file --fix may not
// write (hard links, read-only) takes no fix and is said on stderr.
FixRun run_fixes(const CheckArgs& a, const std::vector<Input>& jobs, const std::vector<std::string>& paths,
               std::ostream& diff_out) {
  FixRun run;
  FixOptions fo;
  fo.unsafe = a.unsafe_fixes;
  fo.frozen.assign(jobs.size(), false);
  std::vector<std::string> why(jobs.size());
  bool any_frozen = false;
  if (a.fix)
    for (size_t i = 0; i < jobs.size(); ++i)
      if (paths[i] != "-") any_frozen |= !(why[i] = unwritable_reason(paths[i])).empty();
  if (any_frozen) {
    // Said only for the files a fix would have changed: a clean read-only file is no news.
    FixOutcome would = fix_project(jobs, fo);
    for (size_t i = 0; i < jobs.size() && i < would.fixed.size(); ++i) {
      if (why[i].empty()) continue;
      fo.frozen[i] = true;
      if (would.fixed[i]->text() != jobs[i].source->text())
        std::cerr << "azlint: warning: " << escape_controls(paths[i]) << ": " << why[i] << "; not fixed\n";
    }
  }
  FixOutcome fx = fix_project(jobs, fo);
  run.results = std::move(fx.results);
  run.fixed = fx.fixed_count;
  for (size_t i = 0; i < jobs.size() && i < fx.fixed.size(); ++i) {
    const std::string& before = jobs[i].source->text();
    const std::string& after = fx.fixed[i]->text();
    if (a.diff) {
      std::string d = unified_diff(paths[i] == "-" ? jobs[i].source->path() : paths[i], before, after);
      run.diff_empty &= d.empty();
      diff_out << d;
    } else if (paths[i] == "-") {
      std::cout << after;  // the whole text, fixed or not: `azlint check --fix - <in >out`
      std::cout.flush();
      run.stdout_taken = true;
    } else if (before != after) {
      std::string failed = write_atomically(paths[i], after);
      if (!failed.empty()) {
        std::cerr << "azlint: error: " << escape_controls(paths[i]) << ": " << failed << " (left unchanged)\n";
        run.io_error = true;
      }
    }
  }
  return run;
}

// A rule id given on the command line: exact, or without its gateway prefix (said on stderr);
// nullptr after saying what is wrong (with a did-you-mean).
const Rule* rule_from_command_line(const std::string& id, const std::string& where, bool verify_ids = false) {
  RuleIdLookup l = lookup_rule_id(id, verify_ids);
  if (!l.rule) {
    usage_error("unknown rule id \"" + id + "\"" + (where.empty() ? "" : " in " + where) + rule_id_hint(l), "see `azlint rules`");
    return nullptr;
  }
  if (l.alias)
    std::cerr << "azlint: warning: \"" << escape_controls(id) << "\" means \"" << l.rule->meta().id << "\"\n";
  return l.rule;
}

// `rules:` ids of an .azlint.yaml written without their gateway prefix: they apply, and are said.
void say_config_aliases(const Config& c) {
  for (const Config::Alias& al : c.aliases)
    std::cerr << "azlint: warning: " << escape_controls(al.at) << "\"" << escape_controls(al.written) << "\" means \""
              << al.full << "\" [rule-id-alias]\nhelp: write the full id\n";
}

int run_check(const CheckArgs& a) {
  if (a.unsafe_fixes && !a.fix && !a.diff) return usage_error("--unsafe-fixes needs --fix or --diff");
  auto threshold = parse_severity(a.threshold);
  if (!threshold) return usage_error("--severity-threshold must be error, warning or info");
  Options base;
  if (!a.dialect.empty()) {
    base.dialect = find_form(a.dialect);
    if (!base.dialect) return usage_error("unknown --dialect \"" + a.dialect + "\" (known: " + known_forms() + ")");
  }
  for (const std::string& id : a.only) {
    const Rule* r = rule_from_command_line(id, "--only");
    if (!r) return 2;
    base.only.insert(std::string(r->meta().id));
  }
  for (const std::string& id : a.ignore) {
    const Rule* r = rule_from_command_line(id, "--ignore");
    if (!r) return 2;
    base.ignore.insert(std::string(r->meta().id));
  }
  if (a.statistics && a.format != "text" && a.format != "json")
    return usage_error("--statistics works with --format text or json");
  if (int code = parse_targets(a.targets, base.targets)) return code;
  // Files the user names are read the way every file is (lint/read_input.h): one that is not a
  // regular file, cannot be read or is over --max-file-size stops the run.
  for (const std::string& f : a.env_files) {
    std::string reason;
    if (!read_input(f, a.max_file_size, reason)) return usage_error(f + ": " + reason);
  }
  base.env_files = a.env_files;
  base.process_env = !a.no_env;
  base.require_env = a.require_env;
  base.limits.max_file_bytes = a.max_file_size;
  base.limits.max_findings = a.max_findings;
  // A file the size limit admits is linted whole (within the memory bound the README states).
  base.limits.max_nodes = a.max_nodes ? a.max_nodes : node_budget_for(a.max_file_size);

  std::optional<Config> fixed_config;
  if (!a.config.empty()) {
    std::string err;
    fixed_config = load_config(a.config, a.max_file_size, err);
    if (!fixed_config) return usage_error(err);
    say_config_aliases(*fixed_config);
  }

  // --output: checked (created when new) before the run, written at its end.
  OutputFile output_file;
  if (!a.output.empty())
    if (std::string why = output_file.open(a.output); !why.empty()) return usage_error("--output " + a.output + ": " + why);

  // Expand directories; no path means the current directory. Folders the search could not read
  // are said, counted and listed, never skipped in silence. Named files are linted even when
  // git or `exclude:` would skip them, unless --force-exclude.
  std::vector<std::string> files;
  std::set<std::string> searched;  // found by a directory search: `exclude:` applies
  std::vector<UnreadPath> unread;
  std::vector<std::string> paths = a.paths.empty() ? std::vector<std::string>{"."} : a.paths;
  bool io_error = false;
  GitSearch git;
  size_t warned = 0;
  auto say_git_warnings = [&] {
    for (; warned < git.warnings.size(); ++warned) std::cerr << "azlint: warning: " << escape_controls(git.warnings[warned]) << "\n";
  };
  std::vector<std::string> empty_dirs;  // searched, nothing found
  bool only_dirs = true;
  for (const std::string& p : paths) {
    std::error_code ec;
    only_dirs &= p != "-" && fs::is_directory(p, ec);
    if (p != "-" && fs::is_directory(p, ec)) {
      size_t unread_before = unread.size();
      auto found = find_config_files(p, a.max_file_size, unread, git, a.force_exclude);
      say_git_warnings();
      for (size_t i = unread_before; i < unread.size(); ++i)
        std::cerr << "azlint: warning: " << escape_controls(unread[i].path) << ": " << unread[i].reason << " (not searched)\n";
      if (found.empty() && unread.size() == unread_before) empty_dirs.push_back(p);
      searched.insert(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (a.force_exclude && p != "-" && git.ignores(p)) {
      say_git_warnings();
    } else {
      say_git_warnings();
      files.push_back(p);
    }
  }

  // A search that found nothing says what it looked for: an error when the whole run found
  // nothing (unless --allow-empty), a warning for a folder among others.
  const bool nothing_found = only_dirs && files.empty() && unread.empty();
  for (const std::string& dir : empty_dirs)
    std::cerr << "azlint: " << (nothing_found && !a.allow_empty ? "error: " : "warning: ") << escape_controls(dir)
              << ": no gateway config found (searched for " << config_names_text() << ")\n";
  if (nothing_found && !a.allow_empty) {
    std::cerr << "help: name the files, or pass --allow-empty when an empty folder is fine\n";
    return 2;
  }

  std::map<std::string, Config> config_cache;
  ConfigFinder configs_found;  // each folder looked at once
  // One Options per `.azlint.yaml` that applies (and for unnamed standard input), shared by its
  // files' jobs: a run of many files does not hold a copy of the options per file.
  std::map<std::string, std::shared_ptr<const Options>> shared_options;
  std::vector<Input> jobs;
  std::vector<std::string> job_paths;  // each job's path as given ("-" for stdin)
  for (const std::string& f : files) {
    std::string err;
    std::string cfg_path;
    if (!fixed_config) {
      std::string where = f == "-" ? (a.stdin_filename.empty() ? "./-" : a.stdin_filename) : f;
      cfg_path = configs_found.find(where);
      if (!cfg_path.empty() && !config_cache.count(cfg_path)) {
        bool unreadable = false;
        auto cfg = load_config(cfg_path, a.max_file_size, err, &unreadable);
        // A config azlint found and cannot read is ignored, and said so; one that does not
        // parse stops the run.
        if (!cfg && !unreadable) return usage_error(err);
        if (!cfg) std::cerr << "azlint: warning: " << escape_controls(err) << " (ignored)\n";
        if (cfg) say_config_aliases(*cfg);
        config_cache.emplace(cfg_path, cfg ? *cfg : Config{});
      }
    }
    const bool unnamed_stdin = f == "-" && a.stdin_filename.empty();
    std::shared_ptr<const Options>& shared = shared_options[cfg_path + (unnamed_stdin ? std::string(1, '\0') : "")];
    if (!shared) {
      Options made = base;
      if (fixed_config) made.config = *fixed_config;
      else if (!cfg_path.empty()) made.config = config_cache.at(cfg_path);
      if (unnamed_stdin) made.default_env_file = false;
      shared = std::make_shared<const Options>(std::move(made));
    }
    const Options& o = *shared;
    if ((searched.count(f) || a.force_exclude) && f != "-" && excluded(o.config.exclude, relative_below(f, o.config.dir())))
      continue;
    // A file is read when it is checked (and let go after, unless it has findings to show): the
    // run does not hold every file's text. Standard input, and files --fix may rewrite, now.
    const bool now = f == "-" || a.fix || a.diff;
    std::optional<std::string> text;
    if (now) text = read_input(f, a.max_file_size, err);
    std::string shown = f == "-" ? (a.stdin_filename.empty() ? "<stdin>" : a.stdin_filename) : f;
    if (now ? !text : !check_input(f, a.max_file_size, err)) {
      std::cerr << "azlint: error: " << escape_controls((f == "-" ? "<stdin>" : f) + ": " + err) << "\n";
      io_error = true;
      continue;
    }
    if (now) jobs.push_back(Input(std::make_shared<SourceFile>(shown, std::move(*text)), shared));
    else jobs.push_back(Input(nullptr, shared, f));
    if (a.fix || a.diff) job_paths.push_back(f);  // what --fix writes and --diff heads
  }
  // The search's lists are done with: the run holds each path once, in its job.
  const bool none_found = files.empty();
  files = {};
  searched = {};
  std::ostream& report = a.output.empty() ? std::cout : output_file.stream();
  // The report written to --output at the end, whatever the exit code; a failed write is exit 2.
  auto finish = [&](std::ostream& out, int code) {
    out.flush();
    if (a.output.empty()) return code;
    if (std::string why = output_file.commit(); !why.empty()) return usage_error("--output " + a.output + ": " + why);
    return code;
  };
  auto text_style = [&](std::ostream& out) {
    TextStyle st;
    const bool to_terminal = a.output.empty() && isatty(&out == &std::cout ? STDOUT_FILENO : STDERR_FILENO);
    st.color = use_color(a.color, a.no_color, to_terminal);
    st.summary = !a.quiet;
    st.clean_summary = true;
    st.statistics = a.statistics;
    return st;
  };
  // Env files: the named ones that cannot be read are errors, the `.env` beside a config a warning.
  std::set<std::string> said;
  // A file that could no longer be read when its turn came (checked above) is said, as above.
  auto unreadable = [&](const FileResult& r) {
    if (r.unreadable.empty()) return false;
    std::cerr << "azlint: error: " << escape_controls(r.source->path() + ": " + r.unreadable) << "\n";
    io_error = true;
    return true;
  };

  if (!a.fix && !a.diff) {
    // Streamed: each file's findings printed (JSON, SARIF, JUnit: serialized) as soon as it and every file
    // before it are checked, then its result let go; the summary is added up on the way (lint/emit/summary.h). The
    // secrets masked in a file's findings are its own, those of the files linked to it and those
    // of every file printed before it.
    const TextStyle st = text_style(report);
    const std::string cwd = a.format == "github" ? emit_detail::working_directory() : std::string();
    Scrubber scrubber;
    RunTally tally;
    JsonReport json(a.statistics);
    std::optional<SarifReport> sarif;
    if (a.format == "sarif") sarif.emplace(emit_detail::working_directory());
    std::optional<JunitReport> junit;
    if (a.format == "junit") junit.emplace(*threshold);
    bool over_threshold = false;
    lint_project(jobs, [&](size_t, FileResult&& r) {
      if (unreadable(r)) return;
      io_error |= report_input_issues(r.input_issues, std::cerr, said);
      scrubber.add(r.secrets);
      if (a.format == "github") emit_github_file(report, r, scrubber, cwd);
      else if (a.format == "json") json.add(r, scrubber);
      else if (sarif) sarif->add(r, scrubber);
      else if (junit) junit->add(r, scrubber);
      else emit_text_file(report, r, st, scrubber);
      tally.add(r);
      for (const Diagnostic& d : r.diagnostics) over_threshold |= d.severity >= *threshold;
    });
    jobs = {};
    if (a.format == "text") emit_text_end(report, tally, st, unread);
    if (a.format == "json") json.finish(report, unread);
    if (sarif) sarif->finish(report, unread);
    if (junit) junit->finish(report);
    if (io_error || (!unread.empty() && none_found)) return finish(report, 2);
    return finish(report, over_threshold ? 1 : 0);
  }

  // --fix, --diff: the texts are read up front and rewritten, the report is of the fixed texts.
  FixRun fixing = run_fixes(a, jobs, job_paths, report);
  std::vector<FileResult> results = std::move(fixing.results);
  io_error |= fixing.io_error;
  // `--fix -` prints the fixed text on stdout: the findings go to stderr; --diff prints only the diff.
  std::ostream& out = fixing.stdout_taken && a.output.empty() ? std::cerr : report;
  const Scrubber scrubber = scrubber_for(results);
  for (const FileResult& r : results) io_error |= report_input_issues(r.input_issues, std::cerr, said);
  if (a.diff) {
    std::cerr << "azlint: " << fixing.fixed << " fixable, " << remaining(results) << " remaining" << unsafe_note(results, a)
              << "\n";
    std::cout.flush();
    if (io_error) return finish(out, 2);
    return finish(out, fixing.diff_empty ? 0 : 1);
  }

  if (a.format == "json") {
    emit_json(out, results, scrubber, unread, a.statistics);
  } else if (a.format == "sarif") {
    emit_sarif(out, results, scrubber, unread);
  } else if (a.format == "github") {
    emit_github(out, results, scrubber);
  } else if (a.format == "junit") {
    emit_junit(out, results, scrubber, *threshold);
  } else {
    emit_text(out, results, text_style(out), scrubber, unread);
    if (a.fix && !a.quiet)
      out << fixing.fixed << " fixed, " << remaining(results) << " remaining" << unsafe_note(results, a) << "\n";
  }
  // A search that read nothing at all is no check.
  if (io_error || (!unread.empty() && none_found)) return finish(out, 2);
  for (const FileResult& r : results)
    for (const Diagnostic& d : r.diagnostics)
      if (d.severity >= *threshold) return finish(out, 1);
  return finish(out, 0);
}

int run_lsp(const std::string& log_file, int debounce_ms) {
  // stdout carries protocol messages only: everything else goes to stderr or the log file.
  std::ios::sync_with_stdio(false);
  std::ofstream file;
  lsp::ServerOptions o;
  o.log = &std::cerr;
  if (!log_file.empty()) {
    file.open(log_file, std::ios::app);
    if (!file) return usage_error("--log " + log_file + ": cannot open for writing");
    o.log = &file;
  }
  o.debounce_ms = debounce_ms;
  o.detach_reader = true;
  return lsp::run_server(std::cin, std::cout, o);
}

// `check`'s rules, then the results of `verify` (rules/verify_registry.h).
std::vector<const Rule*> listed_rules() {
  std::vector<const Rule*> rules = all_rules();
  rules.insert(rules.end(), verify_rules().begin(), verify_rules().end());
  return rules;
}

int run_rules(bool json) {
  if (json) {
    std::cout << "[\n";
    bool first = true;
    for (const Rule* r : listed_rules()) {
      const RuleMeta& m = r->meta();
      std::cout << (first ? "" : ",\n") << "  {\"id\": \"" << m.id << "\", \"severity\": \"" << severity_name(m.severity)
                << "\"";
      if (m.fixable)
        std::cout << ", \"fix\": \""
                  << (m.fixable.kind == Fixability::Safe     ? "safe"
                      : m.fixable.kind == Fixability::Unsafe ? "unsafe"
                                                             : "safe+unsafe")
                  << "\"";
      if (m.id.rfind("verify/", 0) == 0) std::cout << ", \"verify\": true";
      if (!m.releases.gateway.empty()) {
        nlohmann::ordered_json rr = {{"gateway", m.releases.gateway}, {"range", m.releases.range}, {"differs", m.releases.differs}};
        std::cout << ", \"releases\": " << rr.dump();
      }
      std::cout << "}";
      first = false;
    }
    std::cout << "\n]\n";
    return 0;
  }
  for (const Rule* r : listed_rules()) {
    const RuleMeta& m = r->meta();
    std::string id(m.id);
    // The fix column: `fix`, `fix*`, or `verify` for the results of `azlint verify`.
    std::string_view mark = m.id.rfind("verify/", 0) == 0 ? std::string_view("verify") : fixability_mark(m.fixable);
    std::cout << id << std::string(id.size() < 36 ? 36 - id.size() : 1, ' ') << severity_name(m.severity)
              << std::string(9 - severity_name(m.severity).size(), ' ') << mark
              << std::string(mark.size() < 7 ? 7 - mark.size() : 1, ' ') << m.summary;
    if (!m.releases.gateway.empty())
      std::cout << " [releases: " << release_range_text(m.releases)
                << (m.releases.differs.empty() ? "" : "; differs by release, see `azlint explain`") << "]";
    std::cout << "\n";
  }
  return 0;
}

// The bundled releases of each gateway, oldest first, the newest marked (the default),
// LibreChat's with the CONFIG_VERSION its package carries.
int run_targets(bool json) {
  if (json) {
    nlohmann::ordered_json gateways = nlohmann::ordered_json::array();
    for (const Gateway* g : all_gateways()) {
      const std::vector<Release>& all = g->releases();
      if (all.empty()) continue;
      nlohmann::ordered_json releases = nlohmann::ordered_json::array();
      for (auto r = all.rbegin(); r != all.rend(); ++r) {
        nlohmann::ordered_json j = {{"version", r->version}, {"newest", &*r == &all.front()}};
        if (!r->package.empty()) j["package"] = std::string(r->package) + "@" + std::string(r->version);
        if (!r->config_version.empty()) j["config_version"] = r->config_version;
        if (!r->describes.empty()) j["describes"] = r->describes;
        nlohmann::ordered_json schemas = nlohmann::ordered_json::object();  // form -> the schema it is checked with
        for (const Release::Schema& s : r->schemas) schemas[std::string(s.form)] = s.path;
        j["schemas"] = std::move(schemas);
        releases.push_back(std::move(j));
      }
      gateways.push_back({{"gateway", g->id()}, {"newest", all.front().version}, {"releases", std::move(releases)}});
    }
    std::cout << nlohmann::ordered_json{{"gateways", std::move(gateways)}}.dump(2) << "\n";
    return 0;
  }
  for (const Gateway* g : all_gateways()) {
    const std::vector<Release>& all = g->releases();
    if (all.empty()) continue;
    std::cout << g->id() << ": "
              << (all.front().package.empty() ? std::string("hand-written")
                                              : "versions of the npm package " + std::string(all.front().package))
              << "\n";
    for (auto r = all.rbegin(); r != all.rend(); ++r) {
      std::string line = "  " + std::string(r->version);
      if (!r->config_version.empty())
        line += std::string(line.size() < 14 ? 14 - line.size() : 1, ' ') + "CONFIG_VERSION " + std::string(r->config_version);
      if (&*r == &all.front()) line += std::string(line.size() < 34 ? 34 - line.size() : 2, ' ') + "newest (the default)";
      std::cout << line << "\n";
      if (!r->describes.empty()) std::cout << "    " << r->describes << "\n";
    }
  }
  std::cout << "choose with --target GATEWAY@VERSION or `targets: {GATEWAY: VERSION}` in .azlint.yaml\n";
  return 0;
}

int run_explain(const std::string& id) {
  const Rule* r = rule_from_command_line(id, "", true);
  if (!r) return 2;
  std::cout << rule_page(*r);
  return 0;
}

// Writes docs/rules/<id>.md for every rule and the index (docs/rules/README.md).
int run_gen_docs(const std::string& dir) {
  std::error_code ec;
  auto write = [&](const fs::path& p, const std::string& text) {
    fs::create_directories(p.parent_path(), ec);
    std::ofstream out(p, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
  };
  for (const Rule* r : listed_rules()) {
    if (!write(fs::path(dir) / (std::string(r->meta().id) + ".md"), rule_page(*r))) {
      std::cerr << "azlint: error: cannot write into " << dir << "\n";
      return 2;
    }
  }
  if (!write(fs::path(dir) / "README.md", rules_index())) return 2;
  return 0;
}

}  // namespace

int run_cli(int argc, char** argv) {
  // Not destroyed where the run ends in _Exit (lint/main.cpp): freeing its options one by one
  // was ~1% of a cold check.
  auto* cli = new CLI::App{"azlint: lint LLM-gateway configs that talk to Azure OpenAI", "azlint"};
#ifndef AZLINT_FAST_EXIT
  std::unique_ptr<CLI::App> owner(cli);
#endif
  CLI::App& app = *cli;
  app.set_version_flag("--version", std::string("azlint ") + AZLINT_VERSION);
  app.require_subcommand(1);
  // A subcommand's unknown option is tried as a global one (`azlint check -q`).
  app.fallthrough();
  app.footer("`azlint PATH…` is `azlint check PATH…`. The options above may also come before the command.\n"
             "Run `azlint COMMAND --help` for a command's options.");

  // Global options: before the subcommand (or, falling through, after it); they apply to it.
  CheckArgs ca;
  std::string global_config;
  app.add_option("--color", ca.color, "colour the output: auto (a terminal, unless NO_COLOR), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("--no-color", ca.no_color, "never colour the output (as --color never)");
  app.add_flag("-q,--quiet", ca.quiet, "print the findings only, without the summary");
  app.add_option("--config", global_config, "the .azlint.yaml to use (default: found upward from each file)");

  CLI::App* check = app.add_subcommand("check", "lint config files (directories are searched for gateway configs)");
  check->footer("Directories are searched for " + config_names_text() +
                ".\nInside a git work tree, files git ignores (.gitignore, .git/info/exclude, core.excludesFile) are "
                "skipped;\n.azlint.yaml `exclude: [GLOB, ...]` skips more. Files named on the command line are linted "
                "anyway,\nunless --force-exclude.\nThe global options (" + global_option_names(app) +
                ") apply too, before or after `check`;\n`azlint PATH…` is `azlint check PATH…`.");
  check->add_option("paths", ca.paths, "files or directories; - reads standard input");
  check->add_option("--format", ca.format, "output format (github: workflow annotations)")
      ->check(CLI::IsMember(check_formats()));
  check->add_option("--severity-threshold", ca.threshold, "exit 1 when a finding at or above this exists: error|warning|info");
  check->add_option("--dialect", ca.dialect, "force the gateway and form: " + known_forms());
  check->add_option("--env-file", ca.env_files, "an env file to resolve ${VAR} against (repeatable)")
      ->allow_extra_args(false);
  check->add_option("--config", ca.config, "an .azlint.yaml (default: found upward from each file)");
  check->add_option("--stdin-filename", ca.stdin_filename, "the name to report for standard input");
  check->add_option("--only", ca.only, "run only this rule (repeatable; an id without its gateway prefix works, with a warning)")->allow_extra_args(false);
  check->add_option("--ignore", ca.ignore, "do not run this rule (repeatable; with --only, the rules --only names less these; an id without its gateway prefix works, with a warning)")
      ->allow_extra_args(false);
  check->add_option("--target", ca.targets,
                    "check against this release, GATEWAY@VERSION (repeatable; default: .azlint.yaml `targets`, "
                    "else the newest bundled; see `azlint targets`)")
      ->allow_extra_args(false);
  CLI::Option* fix_opt = check->add_flag(
      "--fix", ca.fix,
      "apply the safe fixes: each file rewritten atomically (mode kept; a symlink's target fixed; a file with "
      "several hard links or read-only left alone, with a warning), then report what remains "
      "(`N fixed, M remaining`; the exit code counts only that); with `-`, print the fixed text on stdout and "
      "the findings on stderr");
  CLI::Option* diff_opt = check->add_flag(
      "--diff", ca.diff,
      "print the fixes as a unified diff instead of writing them (headed with the paths as given: apply with "
      "`patch -p0` from this directory); exit 1 when it is not empty");
  fix_opt->excludes(diff_opt);
  check->add_flag("--unsafe-fixes", ca.unsafe_fixes,
                  "with --fix or --diff, apply unsafe fixes too (a did-you-mean rename, removed content, another "
                  "request target); `azlint rules` marks them fix*");
  check->add_option("--color", ca.color,
                    "colour the text report: auto (the default: FORCE_COLOR set and not 0, else not when NO_COLOR is "
                    "set, else when the report goes to a terminal), always or never")
      ->check(CLI::IsMember(std::vector<std::string>(std::begin(kColorChoices), std::end(kColorChoices))));
  check->add_flag("--no-color", ca.no_color, "never colour the output (--color never)");
  check->add_flag("-q,--quiet", ca.quiet, "print the findings only: no summary line");
  check->add_flag("--statistics", ca.statistics,
                  "print `COUNT RULE SEVERITY SUMMARY` per rule (highest count first) instead of the findings; "
                  "JSON: a `statistics` array instead of `diagnostics`");
  check->add_option("--output", ca.output,
                    "write the report to this file instead of standard output (replaced atomically; exit 2 when it "
                    "cannot be written)");
  check->add_flag("--allow-empty", ca.allow_empty,
                  "exit 0 when the folders searched hold no gateway config (default: exit 2, saying what was searched for)");
  check->add_flag("--no-env", ca.no_env, "ignore the process environment (env files still count)");
  check->add_flag("--force-exclude", ca.force_exclude,
                  "skip named files too when .gitignore or .azlint.yaml `exclude:` skips them (for the pre-commit hook)");
  check->add_flag("--require-env", ca.require_env,
                  "a variable declared (.env.example, compose, env_declared) but not set is an error, not an info: "
                  "for the host the gateway runs on (also `require_env: true` in .azlint.yaml)");
  check->add_option("--max-file-size", ca.max_file_size, "largest file to read, in bytes (default 16 MiB)");
  check->add_option("--max-nodes", ca.max_nodes,
                    "nodes of one file's tree; past it the file gets one `syntax` finding (default: one per 16 bytes "
                    "of --max-file-size, at least 250000)")
      ->check(CLI::Range(uint64_t{1}, uint64_t{1} << 40));
  check->add_option("--max-findings", ca.max_findings, "findings reported per file; the rest are counted (default 10000)")
      ->check(CLI::Range(1u, 4000000000u));

  bool rules_json = false;
  CLI::App* rules = app.add_subcommand("rules", "list every rule");
  rules->add_flag("--json", rules_json, "as JSON");

  std::string docs_dir;
  CLI::App* gen_docs = app.add_subcommand("gen-docs", "write every rule's page and an index into a folder");
  gen_docs->add_option("dir", docs_dir, "output folder (docs/rules)")->required();
  gen_docs->group("");  // maintainers only

  bool names_regex = false;
  CLI::App* names_cmd = app.add_subcommand("config-names", "print the config-name globs directory search uses");
  names_cmd->add_flag("--regex", names_regex, "as the pre-commit hook's `files:` regular expression");
  names_cmd->group("");  // maintainers and tests: .pre-commit-hooks.yaml, editors/

  bool targets_json = false;
  CLI::App* targets_cmd = app.add_subcommand("targets", "list the bundled releases of each gateway (for --target)");
  targets_cmd->add_flag("--json", targets_json, "as JSON");

  std::string explain_id;
  CLI::App* explain = app.add_subcommand("explain", "print a rule's documentation");
  explain->add_option("id", explain_id, "rule id")->required();

  std::string lsp_log;
  int lsp_debounce = 75;
  CLI::App* lsp_cmd = app.add_subcommand("lsp", "run the language server on stdin/stdout (LSP 3.17)");
  lsp_cmd->add_option("--log", lsp_log, "append the server's log to this file (default: stderr)");
  lsp_cmd->add_option("--debounce", lsp_debounce, "milliseconds of quiet after an edit before re-linting (default 75)")
      ->check(CLI::Range(0, 10000));
  lsp_cmd->add_flag("--stdio", "use stdin/stdout (the default and only transport)");

  verify::VerifyArgs va;
  CLI::App* verify_cmd = verify::add_verify_command(app, va);

  show::ShowArgs sa;
  CLI::App* show_cmd = show::add_show_command(app, sa);

  CLI::App* complete_data = app.add_subcommand("__complete-data", "the command line as JSON, for completions and the man page");
  complete_data->group("");  // packaging (lint/cli_complete_data.h)

  std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + argc);
  if (int code = forgive_command_line(app, args)) return code;
  std::reverse(args.begin(), args.end());  // CLI11 parses a vector from its back
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return report_parse_error(app, e);
  }
  // The global options reach the subcommand that takes them.
  if (!global_config.empty()) {
    if (!*check) return usage_error("--config applies to `check` only");
    if (!ca.config.empty() && ca.config != global_config) return usage_error("--config given twice");
    ca.config = global_config;
  }
  va.no_color |= ca.no_color || ca.color == "never";
  if (*complete_data) {
    print_complete_data(std::cout, app);
    return 0;
  }
  if (*check) return run_check(ca);
  if (*rules) return run_rules(rules_json);
  if (*targets_cmd) return run_targets(targets_json);
  if (*explain) return run_explain(explain_id);
  if (*verify_cmd) return verify::run_verify(va);
  if (*show_cmd) return show::run_show(sa);
  if (*gen_docs) return run_gen_docs(docs_dir);
  if (*names_cmd) {
    if (names_regex) std::cout << config_names_regex() << "\n";
    for (const std::string& g : names_regex ? std::vector<std::string>{} : config_name_globs()) std::cout << g << "\n";
    return 0;
  }
  if (*lsp_cmd) return run_lsp(lsp_log, lsp_debounce);
  return 2;
}

}  // namespace azlint
