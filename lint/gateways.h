// The registry of gateways (lint/gateways.cpp lists them, in order) and what is decided from it:
// which gateway and form a file is, the --dialect values, the names directory search picks up.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/gateway.h"

namespace azlint {

// Which gateway reads a file, in which form, checked against which release.
struct GatewayForm {
  const Gateway* gateway = nullptr;  // nullptr: no gateway recognised the file
  const Form* form = nullptr;
  const Release* release = nullptr;
  explicit operator bool() const { return gateway != nullptr; }
  std::string_view schema() const { return schema_path(gateway, form, release); }
};

// Every gateway, in registry order (the built-in ones, then any a test registered).
const std::vector<const Gateway*>& all_gateways();
const Gateway* find_gateway(std::string_view id);
// A --dialect value ("librechat", "openwebui-env"): its gateway and form, with the gateway's
// default release; empty when no gateway has that form.
GatewayForm find_form(std::string_view form_id);
// Every --dialect value, joined by `separator`, in registry order.
std::string known_forms(std::string_view separator = ", ");
// Content first (the highest Detection score; ties to the earlier gateway), then the file name.
// `root` is nullptr for a file that did not parse (only its name can tell).
GatewayForm detect_gateway(const Node* root, std::string_view path);
// The gateway's default release for a gateway and form.
GatewayForm with_default_release(const Gateway* gateway, const Form* form);

}  // namespace azlint
