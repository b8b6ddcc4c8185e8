#include "lint/verify/command.h"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <set>

#include <CLI/CLI.hpp>

#include "lint/emit/emit.h"
#include "lint/engine.h"
#include "lint/gateway.h"
#include "lint/known_secrets.h"
#include "lint/named_inputs.h"
#include "lint/read_input.h"
#include "lint/scrub.h"
#include "lint/verify/http.h"
#include "lint/verify/report.h"

namespace fs = std::filesystem;

namespace azlint::verify {

CLI::App* add_verify_command(CLI::App& app, VerifyArgs& a) {
  CLI::App* v = app.add_subcommand("verify", "probe the Azure deployments a config names (no tokens spent)");
  v->add_option("paths", a.paths, "config files or directories");
  v->add_option("--format", a.format, "text, json, sarif, github or junit")
      ->check(CLI::IsMember({"text", "json", "sarif", "github", "junit"}));
  v->add_option("--probe", a.probe, "models (resource only), deployment (default, free) or completion (1 token)")
      ->check(CLI::IsMember({"models", "deployment", "completion"}));
  v->add_option("--dialect", a.dialect, "force the dialect");
  v->add_option("--env-file", a.env_files, "an env file to resolve variables against (repeatable)")->allow_extra_args(false);
  v->add_flag("--no-env", a.no_env, "ignore the process environment");
  v->add_option("--jobs,-j", a.jobs, "probes in parallel (default 8)")->check(CLI::Range(1, 256));
  v->add_option("--timeout", a.timeout, "seconds per request, connection and TLS handshake included (default 10)")
      ->check(CLI::Range(0.1, 600.0));
  v->add_option("--deadline", a.deadline, "seconds for the whole run, retries included (default 120; 0: none)")
      ->check(CLI::Range(0.0, 86400.0));
  v->add_option("--retries", a.retries, "retries after 429/503, honouring Retry-After (default 2)")->check(CLI::Range(0, 10));
  v->add_option("--max-retry-wait", a.max_retry_wait, "longest Retry-After waited for, in seconds (default 10)");
  v->add_option("--cacert", a.cacert, "CA certificates (PEM) to trust instead of the system store");
  v->add_option("--resolve", a.resolve, "HOST:PORT:ADDR, as curl's --resolve (repeatable)")->allow_extra_args(false);
  v->add_option("--connect-to", a.connect_to, "HOST:PORT:HOST2:PORT2, as curl's --connect-to (repeatable)")
      ->allow_extra_args(false);
  v->add_flag("--dry-run", a.dry_run, "print the requests (secrets redacted) and send nothing");
  v->add_flag("--allow-insecure", a.allow_insecure,
              "allow a key over plain http to the host the config names (never through a proxy)");
  v->add_option("--allow-host", a.allow_hosts,
                "a host that may receive a key or secret from the environment although it is not an Azure host (repeatable)")
      ->allow_extra_args(false);
  v->add_flag("--verbose,-v", a.verbose, "log every request and answer status to stderr");
  v->add_flag("--no-color", a.no_color, "never colour the output");
  return v;
}

int run_verify(const VerifyArgs& a) {
  // libcurl is loaded here, by verify alone (lint/verify/http_loader.cpp).
  if (std::string why; !load_transport(why)) {
    std::cerr << "azlint: error: verify cannot send requests: " << escape_controls(why) << "\n";
    return 2;
  }
  Options base;
  if (!a.dialect.empty()) {
    base.dialect = find_form(a.dialect);
    if (!base.dialect) {
      std::cerr << "azlint: error: unknown --dialect \"" << a.dialect << "\" (known: " << known_forms() << ")\n";
      return 2;
    }
  }
  for (const std::string& f : a.env_files) {
    std::string reason;
    if (!read_input(f, base.limits.max_file_bytes, reason)) {
      std::cerr << "azlint: error: " << f << ": " << reason << "\n";
      return 2;
    }
  }
  for (const std::string& h : a.allow_hosts) {
    if (h.empty() || h.find_first_of("/@ ") != std::string::npos) {
      std::cerr << "azlint: error: --allow-host \"" << h << "\": give a host name, e.g. --allow-host gateway.example.com\n";
      return 2;
    }
  }
  base.env_files = a.env_files;
  base.process_env = !a.no_env;
  if (!a.cacert.empty()) {
    std::error_code ec;
    if (!fs::is_regular_file(a.cacert, ec)) {
      std::cerr << "azlint: error: --cacert " << a.cacert << ": no such file\n";
      return 2;
    }
  }

  std::vector<std::string> files = expand_paths(a.paths, base.limits.max_file_bytes, false);

  bool io_error = false;
  std::set<std::string> said;  // env files already reported
  std::vector<std::shared_ptr<const SourceFile>> sources;
  std::vector<Target> targets;
  Scrubber scrubber;  // every output below goes through it
  for (const std::string& f : files) {
    std::optional<NamedFile> named = load_named(f, base);
    if (!named) {
      io_error = true;
      continue;
    }
    const Document& doc = named->doc;
    sources.push_back(named->source);
    // env_files of the .azlint.yaml found upward from the file count, as in `check`.
    Env env = build_env(f, options_for(f, base));
    io_error |= report_input_issues(env.issues(), std::cerr, said);
    scrubber.add(known_secrets(doc, env));
    if (!doc.gateway) continue;
    std::vector<Target> ts = collect_targets(doc, env);
    for (const Target& t : ts) scrubber.add({t.auth.secret, t.auth.client_secret});
    targets.insert(targets.end(), ts.begin(), ts.end());
  }

  ProbeOptions po;
  po.kind = a.probe == "models" ? ProbeKind::Models : a.probe == "completion" ? ProbeKind::Completion : ProbeKind::Deployment;
  po.jobs = a.jobs;
  po.retries = a.retries;
  po.max_retry_wait = a.max_retry_wait;
  po.policy.allow_insecure = a.allow_insecure;
  po.policy.allow_hosts = a.allow_hosts;
  po.deadline_seconds = a.deadline;
  po.transport.timeout_seconds = a.timeout;
  po.transport.cacert = a.cacert;
  po.transport.resolve = a.resolve;
  po.transport.connect_to = a.connect_to;
  if (a.verbose) po.verbose = &std::cerr;

  // What a terminal is given: scrubbed, control characters escaped.
  auto clean = [&](std::string_view s) { return escape_controls(scrubber.scrub(s), "\t"); };
  if (a.dry_run) {
    for (const Target& t : targets) {
      Position p = t.file->position(t.span.begin);
      std::cout << escape_controls(t.file->path()) << ":" << p.line << ":" << p.column << ": " << clean(t.label) << "\n";
      if (!t.skip_reason.empty()) std::cout << "  (not probed: " << clean(t.skip_reason) << ")\n";
      if (std::string why = refusal(t, po); !why.empty()) std::cout << "  (would not be sent: " << clean(why) << ")\n";
      for (const HttpRequest& r : planned_requests(t, po)) {
        std::cout << "  " << r.method << " " << clean(r.url) << "\n";
        for (const auto& [n, v] : r.headers) std::cout << "    " << clean(n) << ": " << clean(v) << "\n";
        if (!r.body.empty()) std::cout << "    " << clean(r.body) << "\n";
      }
    }
    std::cout << "verify: " << targets.size() << (targets.size() == 1 ? " target" : " targets") << ", dry run: nothing sent\n";
    return io_error ? 2 : 0;
  }

  if (targets.empty() && a.format == "text")
    std::cerr << "azlint: warning: no targets found (LibreChat azureOpenAI groups, LiteLLM azure/ entries, Open WebUI "
                 "Azure connections, OpenClaw providers with a baseUrl)\n";
  std::vector<Result> results = run_probes(targets, po);
  std::vector<FileResult> fr = to_file_results(sources, results);
  if (a.format == "json") {
    emit_verify_json(std::cout, results, scrubber);
  } else if (a.format == "sarif") {
    emit_sarif(std::cout, fr, scrubber);
  } else if (a.format == "github") {
    emit_github(std::cout, fr, scrubber);
  } else if (a.format == "junit") {
    emit_junit(std::cout, fr, scrubber);
  } else {
    TextStyle st;
    st.color = !a.no_color && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    // Working deployments on one line each, then the problems with their snippet and help.
    std::vector<FileResult> problems = fr;
    for (FileResult& r : problems) {
      for (const Diagnostic& d : r.diagnostics) {
        if (d.severity != Severity::Info) continue;
        Position p = r.source->position(d.span.begin);
        std::cout << escape_controls(r.source->path()) << ":" << p.line << ":" << p.column << ": ok: " << clean(d.message)
                  << " [" << d.rule << "]\n";
      }
      r.diagnostics.erase(std::remove_if(r.diagnostics.begin(), r.diagnostics.end(),
                                         [](const Diagnostic& d) { return d.severity == Severity::Info; }),
                          r.diagnostics.end());
    }
    emit_text(std::cout, problems, st, scrubber);
    std::cout << summary(results) << "\n";
  }
  std::cout.flush();
  if (io_error) return 2;
  for (const Result& r : results)
    if (status_severity(r.status) == Severity::Error) return 1;
  return 0;
}

}  // namespace azlint::verify
