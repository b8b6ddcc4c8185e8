// The one entry point every front (CLI, LSP, tests) calls: bytes in, diagnostics out.
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lint/config.h"
#include "lint/diagnostic.h"
#include "lint/document.h"
#include "lint/env.h"
#include "lint/env_declarations.h"
#include "lint/gateways.h"
#include "lint/input_guard.h"
#include "lint/read_input.h"
#include "lint/scrub.h"

namespace azlint {

struct Options {
  GatewayForm dialect;                  // --dialect (gateway and form); detected when empty
  std::vector<std::string> env_files;      // --env-file, in order
  bool process_env = true;                 // read the process environment
  bool default_env_file = true;            // `.env` beside the config, declarations up to the repository root
  bool require_env = false;                // --require-env: declared but unset is an error
  std::set<std::string> only;              // run only these rules (plus `syntax`) when not empty
  std::set<std::string> ignore;            // --ignore: never these (`syntax` always runs)
  std::optional<Severity> minimum;         // drop findings below this severity from the result
  // --target: gateway id -> bundled release (lint/releases.h), over `config.targets`
  std::map<std::string, std::string> targets;
  Config config;                           // .azlint.yaml (rules, env_files, targets)
  Limits limits;
};

struct FileResult {
  std::shared_ptr<const SourceFile> source;
  GatewayForm checked_as;             // gateway, form and release (empty: no gateway recognised it)
  std::vector<Diagnostic> diagnostics;  // sorted by position
  size_t unreported = 0;                // findings past Limits::max_findings: counted (before
                                        // suppressions and de-duplication), not kept
  std::vector<InputIssue> input_issues; // env files that could not be read (the CLI says so on
                                        // stderr, the LSP as `input-unreadable`)
  // The secret values this file, its environment and the files its rules were linked to hold
  // (lint/known_secrets.h): for the scrubber of the outputs, never printed. Messages are not redacted here: every output
  // scrubs what it prints (lint/scrub.h).
  std::vector<std::string> secrets;
  // The files (and folders, "DIR/") its rules were linked to (Project::linked_from): the language
  // server re-lints it when one of them changes.
  std::vector<std::string> linked;
  // An input read on demand that could not be read (read_input's reason): no finding, `source`
  // holds only the path. The CLI says so and drops the result.
  std::string unreadable;
};

struct Input {
  Input(std::shared_ptr<const SourceFile> src, Options o, std::string p = {})
      : source(std::move(src)), shared(std::make_shared<const Options>(std::move(o))), path(std::move(p)) {}
  // Files under one `.azlint.yaml` share one Options: a run of many files does not hold a copy each.
  Input(std::shared_ptr<const SourceFile> src, std::shared_ptr<const Options> o, std::string p = {})
      : source(std::move(src)), shared(std::move(o)), path(std::move(p)) {}
  const Options& options() const { return *shared; }

  std::shared_ptr<const SourceFile> source;  // its path is used for messages, gateway detection and `.env`
  std::shared_ptr<const Options> shared;     // never null
  // With no `source`: the file read when it is checked (within --max-file-size; also its name
  // in messages). Its result then keeps the text only when it has findings to show.
  std::string path;
};

// Lint the files of one run: every file is loaded first, then checked with the others in view
// (cross-file rules relate an OpenClaw config to the LiteLLM proxy it uses). Files are read (when
// given by path), loaded and checked in parallel; results keep the input order.
std::vector<FileResult> lint_project(const std::vector<Input>& inputs);
// The same, each file's result handed to `sink` (index, result) as soon as it and every file
// before it are done: in input order, one call at a time, from the checking threads.
using ResultSink = std::function<void(size_t, FileResult&&)>;
void lint_project(const std::vector<Input>& inputs, const ResultSink& sink);
// Lint one file on its own.
FileResult lint_source(std::shared_ptr<const SourceFile> source, const Options& options);
// The environment a file is checked against (process env, .env beside it, env files) and the
// variables declared for it (lint/env_declarations.h; `declarations` caches their folders over a run,
// `process` is the process environment read once for the run; read now when null).
Env build_env(const std::string& path, const Options& options, DeclarationCache* declarations = nullptr,
              std::shared_ptr<const EnvVars> process = nullptr);
// The scrubber for the outputs of a run: the secret values of all its files.
Scrubber scrubber_for(const std::vector<FileResult>& results);

}  // namespace azlint
