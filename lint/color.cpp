#include "lint/color.h"

#include <cstdlib>

namespace azlint {

bool use_color(const std::string& color, bool no_color, bool to_terminal) {
  if (color == "always") return true;
  if (color == "never") return false;
  if (color.empty() && no_color) return false;
  // auto: the environment, then the terminal
  if (const char* force = std::getenv("FORCE_COLOR")) return std::string(force) != "0";
  if (std::getenv("NO_COLOR")) return false;
  return to_terminal;
}

}  // namespace azlint
