// Whether a report is coloured: `--color auto|always|never` over `--no-color` (an alias of
// `--color never`) over FORCE_COLOR (set: colour, unless it is `0`, which turns colour off as in
// Node) over NO_COLOR (set, to anything: no colour) over whether the report goes to a terminal;
// `--color auto` is that detection (FORCE_COLOR, NO_COLOR, the terminal).
#pragma once
#include <string>

namespace azlint {

// The values --color takes.
inline constexpr const char* kColorChoices[] = {"auto", "always", "never"};

// `color`: the --color value ("" when not given); `to_terminal`: the report's stream is a
// terminal (false for --output FILE).
bool use_color(const std::string& color, bool no_color, bool to_terminal);

}  // namespace azlint
