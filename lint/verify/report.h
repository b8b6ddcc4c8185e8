// Verify results as diagnostics (rule ids `verify/<status>`, so every emitter works), as the
// verify JSON document, and as a one-line summary.
#pragma once
#include <memory>
#include <ostream>
#include <vector>

#include "lint/engine.h"
#include "lint/verify/probe.h"

namespace azlint::verify {

Diagnostic to_diagnostic(const Result& r);
// One FileResult per file, in the order given, diagnostics sorted by position.
std::vector<FileResult> to_file_results(const std::vector<std::shared_ptr<const SourceFile>>& files,
                                        const std::vector<Result>& results);
// {"version": 1, "results": [{file, line, column, target, deployment, status, http_status, detail, …}]}
// Server text (details), labels and URLs go through the run's scrubber.
void emit_verify_json(std::ostream& out, const std::vector<Result>& results, const Scrubber& scrubber);
// "verify: 12 targets: 10 ok, 1 deployment-not-found, 1 throttled"
std::string summary(const std::vector<Result>& results);

}  // namespace azlint::verify
