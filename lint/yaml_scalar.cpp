#include "lint/yaml_scalar.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include <re2/re2.h>

namespace azlint {

namespace {

// A plain scalar typed as a number (underscores are digit separators in both loaders).
ScalarType number(std::string_view s, Node::Implicit implicit) {
  std::string digits;
  for (char ch : s)
    if (ch != '_') digits += ch;
  ScalarType t;
  t.kind = Node::Kind::Number;
  t.implicit = implicit;
  t.number = std::strtod(digits.c_str(), nullptr);
  return t;
}

bool all_match(const RE2& re, std::string_view s) { return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re); }

ScalarType null_type() {
  ScalarType t;
  t.kind = Node::Kind::Null;
  t.implicit = Node::Implicit::Null;
  return t;
}

// YAML's timestamp: a date (js-yaml wants two-digit month and day; PyYAML also takes one) or a
// date and time.
bool is_timestamp(std::string_view s, bool loose_date) {
  // Every form starts with four digits and a dash: the patterns are not compiled for other text.
  if (s.size() < 8 || s[4] != '-') return false;
  for (size_t i = 0; i < 4; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  static const RE2 kDate(R"([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])");
  static const RE2 kLooseDate(R"([0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?)");
  static const RE2 kDateTime(
      R"([0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?)");
  return all_match(loose_date ? kLooseDate : kDate, s) || all_match(kDateTime, s);
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// A nonempty run of characters `in` accepts.
template <typename In>
bool all_of_nonempty(std::string_view s, In in) {
  if (s.empty()) return false;
  for (char c : s)
    if (!in(c)) return false;
  return true;
}

}  // namespace

// [-+]?(0b[0-1_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|(0|[1-9][0-9_]*))
bool js_yaml_int_form(std::string_view s) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty()) return false;
  auto binary = [](char c) { return c == '0' || c == '1' || c == '_'; };
  auto octal = [](char c) { return (c >= '0' && c <= '7') || c == '_'; };
  auto hex = [](char c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '_'; };
  auto decimal = [](char c) { return digit(c) || c == '_'; };
  if (s[0] == '0') {
    if (s.size() == 1) return true;
    if (s[1] == 'b') return all_of_nonempty(s.substr(2), binary);
    if (s[1] == 'x') return all_of_nonempty(s.substr(2), hex);
    if (s[1] == 'o') return all_of_nonempty(s.substr(2), octal);
    return all_of_nonempty(s.substr(1), octal);
  }
  return s[0] >= '1' && s[0] <= '9' && (s.size() == 1 || all_of_nonempty(s.substr(1), decimal));
}

// [-+]?(\.[0-9]+|[0-9][0-9_]*)(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)
bool js_yaml_float_form(std::string_view s) {
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return true;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s == ".inf" || s == ".Inf" || s == ".INF") return true;
  size_t i = 0, n = s.size();
  auto run = [&](bool underscore) {
    size_t from = i;
    while (i < n && (digit(s[i]) || (underscore && s[i] == '_'))) ++i;
    return i > from;
  };
  if (i < n && s[i] == '.') {
    ++i;
    if (!run(false)) return false;
  } else if (i < n && digit(s[i])) {
    run(true);
  } else {
    return false;
  }
  if (i < n && s[i] == '.') ++i, run(true);
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
    if (!run(false)) return false;
  }
  return i == n;
}

bool is_null_word(std::string_view s) { return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL"; }

ScalarType resolve_plain_scalar_js_yaml(std::string_view s) {
  ScalarType t;
  if (is_null_word(s)) return null_type();
  if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE") {
    t.kind = Node::Kind::Bool;
    t.implicit = Node::Implicit::Bool;
    t.boolean = s[0] == 't' || s[0] == 'T';
    return t;
  }
  char c = s[0];
  bool numeric_start = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
  if (!numeric_start) return t;
  if (js_yaml_int_form(s)) {
    return number(s, Node::Implicit::Int);
  }
  if (js_yaml_float_form(s) && s != "." && s != "-" && s != "+") {
    // js-yaml requires a digit somewhere (or .inf/.nan)
    bool digit = false;
    for (char ch : s) digit |= (ch >= '0' && ch <= '9');
    if (digit || s.find("inf") != std::string_view::npos || s.find("Inf") != std::string_view::npos ||
        s.find("INF") != std::string_view::npos || s.find("nan") != std::string_view::npos ||
        s.find("NaN") != std::string_view::npos || s.find("NAN") != std::string_view::npos) {
      return number(s, Node::Implicit::Float);
    }
  }
  if (is_timestamp(s, /*loose_date=*/false)) {
    t.kind = Node::Kind::String;  // kept as text; rules see Implicit::Timestamp
    t.implicit = Node::Implicit::Timestamp;
    return t;
  }
  return t;
}

ScalarType resolve_plain_scalar_yaml11(std::string_view s) {
  static const RE2 kBool(R"(yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)");
  static const RE2 kInt(R"([-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+)");
  static const RE2 kFloat(
      R"([-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))");
  ScalarType t;
  if (is_null_word(s)) return null_type();
  if (all_match(kBool, s)) {
    t.kind = Node::Kind::Bool;
    t.implicit = Node::Implicit::Bool;
    char c = s[0];
    t.boolean = c == 'y' || c == 'Y' || c == 't' || c == 'T' || ((c == 'o' || c == 'O') && (s[1] == 'n' || s[1] == 'N'));
    return t;
  }
  if (all_match(kInt, s)) {
    return number(s, Node::Implicit::Int);
  }
  if (all_match(kFloat, s) && s != "." && s.find_first_of("0123456789infINFnaNA") != std::string_view::npos) {
    return number(s, Node::Implicit::Float);
  }
  if (is_timestamp(s, /*loose_date=*/true)) {
    t.implicit = Node::Implicit::Timestamp;
    return t;
  }
  return t;
}

void retype_yaml11(Node& n) {
  if (n.is_scalar() && n.style == Node::Style::Plain && n.kind != Node::Kind::Null) {
    ScalarType t = resolve_plain_scalar_yaml11(n.text);
    n.kind = t.kind == Node::Kind::Null ? n.kind : t.kind;
    n.implicit = t.implicit;
    n.boolean = t.boolean;
    n.set_number(t.number);
  }
  for (Member& m : n.members()) retype_yaml11(m.value);
  for (Node& i : n.items()) retype_yaml11(i);
}

}  // namespace azlint
