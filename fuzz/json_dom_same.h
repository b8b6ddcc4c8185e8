// Is a lint/json_dom.h value what nlohmann's parser builds from the same text? Compared node by
// node through the DOM's own API (types with nlohmann's number kinds, values, members in
// iteration order with their keys, find() of every key): shared by fuzz_trusted_json and
// tests/json_dom_test.cpp.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "lint/json_dom.h"

namespace azlint::fuzz {

inline bool same_as_nlohmann(const dom::Value& v, const nlohmann::json& j, int depth = 0) {
  using T = dom::Type;
  if (depth > 600) return false;
  switch (v.type()) {
    case T::Null: return j.is_null() && v.size() == 0;
    case T::Boolean: return j.is_boolean() && j.get<bool>() == v.boolean();
    case T::Integer:
      return j.is_number_integer() && !j.is_number_unsigned() && j.get<int64_t>() == static_cast<int64_t>(v.to_long()) &&
             j.get<double>() == v.number() && v.is_number_integer();
    case T::Unsigned: return j.is_number_unsigned() && j.get<double>() == v.number() && j.dump() == v.dump();
    case T::Float: return j.is_number_float() && j.dump() == v.dump() && (j.get<double>() == v.number() || v.number() != v.number());
    case T::String: return j.is_string() && j.get_ref<const std::string&>() == v.string();
    case T::Array: {
      if (!j.is_array() || j.size() != v.size() || v.find("") != nullptr) return false;
      size_t i = 0;
      for (const dom::Value& e : v) {
        if (!e.key().empty() || &e != &v[i] || !same_as_nlohmann(e, j[i], depth + 1)) return false;
        ++i;
      }
      return true;
    }
    case T::Object: {
      if (!j.is_object() || j.size() != v.size()) return false;
      auto it = j.begin();
      for (const dom::Value& m : v) {  // the same order as std::map's
        if (m.key() != it.key() || v.find(m.key()) != &m || !same_as_nlohmann(m, it.value(), depth + 1)) return false;
        ++it;
      }
      return !v.contains("\x01no such key\x01") || j.contains("\x01no such key\x01");
    }
  }
  return false;
}

}  // namespace azlint::fuzz
