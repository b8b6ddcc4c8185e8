// The explicit list of gateways, in order (no static self-registration). A new gateway is a
// folder lint/<id>/ with its gateway.cpp and behaviour.cpp, and one line here.
#include "lint/gateways.h"

#include <algorithm>

#include "lint/gateway_registration.h"

namespace azlint {

namespace librechat { const Gateway& gateway(); }
namespace openclaw { const Gateway& gateway(); }
namespace litellm { const Gateway& gateway(); }
namespace openwebui { const Gateway& gateway(); }

namespace {

std::vector<const Gateway*>& registry() {
  static std::vector<const Gateway*> list = {
      &librechat::gateway(),
      &openclaw::gateway(),
      &litellm::gateway(),
      &openwebui::gateway(),
  };
  return list;
}

std::string_view base_name(std::string_view path) {
  size_t s = path.find_last_of('/');
  return s == std::string_view::npos ? path : path.substr(s + 1);
}

}  // namespace

const std::vector<const Gateway*>& all_gateways() { return registry(); }

ScopedGatewayRegistration::ScopedGatewayRegistration(const Gateway& gateway) : gateway_(gateway) {
  registry().push_back(&gateway_);
}

ScopedGatewayRegistration::~ScopedGatewayRegistration() {
  auto& list = registry();
  list.erase(std::remove(list.begin(), list.end(), &gateway_), list.end());
}

const Gateway* find_gateway(std::string_view id) {
  for (const Gateway* g : all_gateways())
    if (g->id() == id) return g;
  return nullptr;
}

GatewayForm with_default_release(const Gateway* gateway, const Form* form) {
  if (!gateway || !form) return {};
  const std::vector<Release>& releases = gateway->releases();
  return {gateway, form, releases.empty() ? nullptr : &releases.front()};
}

GatewayForm find_form(std::string_view form_id) {
  for (const Gateway* g : all_gateways())
    if (const Form* f = g->form(form_id)) return with_default_release(g, f);
  return {};
}

std::string known_forms(std::string_view separator) {
  std::string out;
  for (const Gateway* g : all_gateways())
    for (const Form& f : g->forms()) {
      if (!out.empty()) out += separator;
      out += f.id;
    }
  return out;
}

GatewayForm detect_gateway(const Node* root, std::string_view path) {
  const Gateway* best = nullptr;
  Detection found;
  if (root)
    for (const Gateway* g : all_gateways()) {
      Detection d = g->detect(*root);
      if (d.form && d.score > found.score) {
        best = g;
        found = d;
      }
    }
  if (best) return with_default_release(best, found.form);
  std::string_view base = base_name(path);
  for (const Gateway* g : all_gateways())
    if (const Form* f = g->detect_name(base)) return with_default_release(g, f);
  return {};
}

}  // namespace azlint
