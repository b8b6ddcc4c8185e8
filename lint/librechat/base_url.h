// Reading a LibreChat `baseURL` as LibreChat will use it: trimmed, a value that is wholly
// `${VAR}` resolved, and its path compared without query, fragment or trailing slashes.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "lint/document.h"
#include "lint/env.h"

namespace azlint::librechat {

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// The URL LibreChat uses: a value that is wholly `${VAR}` is resolved (nullopt when unset;
// `var` then names the variable, so messages can say where the URL came from without printing it).
inline std::optional<std::string> resolve_url(const Node& n, const Env& env, std::string& var) {
  std::string_view t = trim(n.text);
  if (std::optional<std::string> name = whole_env_ref(t)) {
    if (name->find('}') != std::string::npos || !env.is_set(*name)) return std::nullopt;
    var = *name;
    return std::string(trim(env.find(*name)->value));
  }
  return std::string(t);
}

// The path without query, fragment and trailing slashes, lower-cased.
inline std::string path_tail(std::string_view url) {
  size_t cut = url.find_first_of("?#");
  if (cut != std::string_view::npos) url = url.substr(0, cut);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  std::string out(url);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

}  // namespace azlint::librechat
