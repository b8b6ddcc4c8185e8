#include "lint/gateway.h"

#include <algorithm>
#include <cstdlib>



namespace azlint {

std::string_view Release::schema(std::string_view form) const {
  for (const Schema& s : schemas)
    if (s.form == form) return s.path;
  return {};
}

const Release* Gateway::release(std::string_view version) const {
  for (const Release& r : releases())
    if (r.version == version) return &r;
  return nullptr;
}

const Form* Gateway::form(std::string_view id) const {
  for (const Form& f : forms())
    if (f.id == id) return &f;
  return nullptr;
}


std::string generic_place(const std::string& pointer) {
  if (pointer.empty()) return "the top level";
  auto last = [](const std::string& p) { return p.substr(p.rfind('/') + 1); };
  std::string t = last(pointer);
  if (!t.empty() && t.size() < 10 && t.find_first_not_of("0123456789") == std::string::npos) {
    std::string parent = pointer.substr(0, pointer.rfind('/'));
    return "item " + std::to_string(std::stoul(t) + 1) + " of `" + last(parent) + "`";
  }
  return "`" + t + "`";
}

std::string_view schema_path(const Gateway* gateway, const Form* form, const Release* release) {
  if (!gateway || !form || !release) return {};
  return release->schema(form->id);
}

std::string_view schema_path(const Document& doc) { return schema_path(doc.gateway, doc.form, doc.release); }

}  // namespace azlint
