// ASCII case folding for names and hosts (not for user-visible text).
#pragma once
#include <cctype>
#include <string>
#include <string_view>

namespace azlint {

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace azlint
