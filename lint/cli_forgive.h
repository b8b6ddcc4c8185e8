// The command line as users type it (issue 15): what the words before the subcommand mean, and
// every CLI11 failure said as `azlint: error: …` with a did-you-mean. Works on the CLI::App that
// lint/cli.cpp builds, so new subcommands and options are known here without edits.
#pragma once
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace azlint {

// Rewrites `args` (argv without the program name) before `app` parses it:
// - options of `app` (the global ones) may come before the subcommand; `--help` there asks for
//   the subcommand's help, and a subcommand's option written before it is moved after it;
// - a first word that is an existing path (or `-`) means `check`;
// - a word near a subcommand, `version`, or an unknown word is an error.
// Returns 0 to go on, else the exit code (2), the error already said on stderr.
int forgive_command_line(CLI::App& app, std::vector<std::string>& args);

// Says a CLI11 parse failure as `azlint: error: …` (an unknown option with its did-you-mean) and
// returns 2; help and version requests print and return 0.
int report_parse_error(CLI::App& app, const CLI::ParseError& e);

// "--color, --no-color, -q, --config": the options of `app` itself (help and version aside).
std::string global_option_names(const CLI::App& app);

// The subcommands users see (hidden ones left out), in the order they were added.
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

}  // namespace azlint
