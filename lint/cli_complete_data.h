// `azlint __complete-data` (hidden): the command line as JSON, read from the CLI::App lint/cli.cpp
// builds and from the registries, for the completion and man-page generators (packaging).
#pragma once
#include <ostream>

#include <CLI/CLI.hpp>

namespace azlint {

// {"version": 1, "program": "azlint", "global_options": [OPTION…], "commands": [{"name",
//  "description", "options": [OPTION…], "positionals": [{"name", "description", "values"}]}…],
//  "dialects": […], "formats": […], "rules": […], "verify_rules": […]}; OPTION is {"names":
//  ["--format"], "description", "takes_value", "values"}: "values" names what a value is
//  ("path", "dialect", "format", "rule", "target", "choice" with "choices": […], or "text").
void print_complete_data(std::ostream& out, const CLI::App& app);

}  // namespace azlint
