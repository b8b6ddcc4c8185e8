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

ScalarType resolve_plain_scalar_js_yaml(std::string_view text);

}  // namespace azlint
