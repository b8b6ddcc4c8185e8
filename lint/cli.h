// The command line: `azlint check|rules|explain`. Returns the process exit code.
#pragma once

namespace azlint {

// Exit codes: 0 clean, 1 findings at or above the threshold, 2 usage or unreadable input,
// 3 internal error.
int run_cli(int argc, char** argv);

}  // namespace azlint
