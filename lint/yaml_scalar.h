// What a YAML loader makes of a plain (unquoted) scalar. LibreChat uses js-yaml 4: the
// YAML 1.2 core schema plus timestamps (`yes`/`no` stay strings).
#pragma once
#include <string_view>

#include "lint/document.h"

namespace azlint {

struct ScalarType {
  Node::Kind kind = Node::Kind::String;
  Node::Implicit implicit = Node::Implicit::None;
  bool boolean = false;
  double number = 0;
};

// `~`, `null`, `Null`, `NULL` or nothing: a null in both loaders (and what yaml-cpp reports as a
// null node rather than a scalar).
bool is_null_word(std::string_view text);

ScalarType resolve_plain_scalar_js_yaml(std::string_view text);
// js-yaml's integer and float forms, whole text (scanned by hand, not compiled as patterns at
// start-up: tests/yaml_scalar_forms_test.cpp compares them with the patterns).
bool js_yaml_int_form(std::string_view text);
bool js_yaml_float_form(std::string_view text);
// PyYAML's YAML 1.1 resolver (LiteLLM): yes/no/on/off are booleans, 0755 is octal, 1:30 is
// sexagesimal, and a float needs a dot (1e5 stays a string).
ScalarType resolve_plain_scalar_yaml11(std::string_view text);
// Re-types every plain scalar of a tree with the YAML 1.1 resolver.
void retype_yaml11(Node& root);

}  // namespace azlint
