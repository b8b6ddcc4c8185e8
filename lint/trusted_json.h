// A fast, strict reader for azlint's own embedded JSON as nlohmann values (the release catalogs,
// unmodelled.json): lint/json_dom.h's reader, its value converted (members inserted in key order
// with a hint). It refuses, with nullopt, anything it is not sure about: the caller then falls
// back to nlohmann.
#pragma once
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

namespace azlint {

// RFC 8259 JSON text, nesting at most 512 deep; a value equal (==) to nlohmann::json::parse(text),
// or nullopt where that parse would fail, or where this reader declines (a byte-order mark, deeper
// nesting).
std::optional<nlohmann::json> read_trusted_json(std::string_view text);

// An embedded file's JSON: read_trusted_json, or nlohmann's parse when it declines (a discarded
// value when neither can read it); null for "" (no such file).
nlohmann::json read_embedded_json(std::string_view text);

}  // namespace azlint
