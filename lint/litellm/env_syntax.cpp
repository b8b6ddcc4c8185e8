#include "lint/litellm/env_syntax.h"

#include <cctype>

#include "lint/ascii.h"

namespace azlint::litellm {

namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A variable name at the start of `s` ([A-Za-z0-9_]*).
std::string leading_name(std::string_view s) {
  size_t e = 0;
  while (e < s.size() && name_char(s[e])) ++e;
  return std::string(s.substr(0, e));
}

}  // namespace

std::vector<RefProblem> env_syntax_problems(std::string_view t) {
  constexpr std::string_view kPrefix = "os.environ/";
  std::vector<RefProblem> out;
  const auto u = [](size_t x) { return static_cast<uint32_t>(x); };
  const std::string not_resolved = "LiteLLM resolves a value only when it starts with exactly `os.environ/`, so it sends ";
  if (t.compare(0, kPrefix.size(), kPrefix) == 0) {
    std::string_view name = t.substr(kPrefix.size());
    if (name.find_first_not_of(" \t") == std::string_view::npos) {
      out.push_back({0, u(t.size()), "\"" + std::string(t) + "\" names no variable; LiteLLM resolves it to None without any message",
                     "write the variable's name after the slash, e.g. os.environ/AZURE_API_KEY"});
    } else if (name.rfind("${", 0) == 0 || name.rfind("$", 0) == 0) {
      std::string inner = leading_name(name.substr(name[1] == '{' ? 2 : 1));
      out.push_back({0, u(t.size()), "\"" + std::string(t) + "\" mixes two syntaxes; LiteLLM looks up a variable named \"" +
                                          std::string(name) + "\", finds none and resolves the value to None",
                     "write os.environ/" + (inner.empty() ? std::string("VAR") : inner)});
    } else if (name.find_first_of(" \t") != std::string_view::npos) {
      std::string trimmed;
      for (char c : name)
        if (c != ' ' && c != '\t') trimmed += c;
      out.push_back({0, u(t.size()), "\"" + std::string(t) + "\" has spaces in the variable name; LiteLLM looks up \"" +
                                          std::string(name) + "\" (spaces included), finds none and resolves the value to None",
                     "remove the spaces: os.environ/" + trimmed});
    }
    return out;
  }
  // A prefix LiteLLM does not recognise: other case, other separator, leading spaces.
  size_t lead = t.find_first_not_of(" \t");
  std::string_view body = lead == std::string_view::npos ? std::string_view() : t.substr(lead);
  const std::string low = ascii_lower(body.substr(0, 10));
  if (low == "os.environ" && body.size() > 11 && std::string_view("/.:[\\").find(body[10]) != std::string_view::npos) {
    std::string_view rest = body.substr(11);
    while (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) rest.remove_prefix(1);
    std::string name = leading_name(rest);
    if (!name.empty()) {
      std::string why = lead > 0 && body.compare(0, kPrefix.size(), kPrefix) == 0
                            ? "has spaces before `os.environ/`"
                            : "is not LiteLLM's reference syntax (only the lower-case prefix `os.environ/` is)";
      out.push_back({u(lead), u(t.size()), "\"" + std::string(body) + "\" " + why + "; " + not_resolved +
                                                "the text as is instead of the variable's value",
                     "write os.environ/" + name});
      return out;
    }
  }
  // `os.environ/` in the middle of a value.
  if (size_t at = t.find(kPrefix); at != std::string_view::npos && at > 0) {
    out.push_back({u(at), u(t.size()), "`os.environ/` in the middle of a value is not resolved; " + not_resolved +
                                           "the whole text as is",
                   "LiteLLM cannot substitute part of a value: put the whole value into the variable and write "
                   "os.environ/NAME"});
    return out;
  }
  // `${VAR}` anywhere, or a whole `$VAR`: the syntax of other gateways.
  for (size_t i = t.find("${"); i != std::string_view::npos; i = t.find("${", i + 2)) {
    size_t close = t.find('}', i + 2);
    if (close == std::string_view::npos) break;
    std::string name(t.substr(i + 2, close - i - 2));
    const bool whole = i == 0 && close + 1 == t.size();
    out.push_back({u(i), u(close + 1), "\"${" + name + "}\" is not expanded: LiteLLM does not read ${…} references and "
                                           "sends the text as is",
                   whole ? "write os.environ/" + name
                         : "LiteLLM cannot substitute part of a value: put the whole value into a variable and write "
                           "os.environ/NAME"});
  }
  if (out.empty() && t.size() > 1 && t[0] == '$' && (std::isalpha(static_cast<unsigned char>(t[1])) || t[1] == '_') &&
      leading_name(t.substr(1)).size() + 1 == t.size())
    out.push_back({0, u(t.size()), "\"" + std::string(t) + "\" is not expanded: LiteLLM does not read $VAR references "
                                                           "and sends the text as is",
                   "write os.environ/" + std::string(t.substr(1))});
  return out;
}

}  // namespace azlint::litellm
