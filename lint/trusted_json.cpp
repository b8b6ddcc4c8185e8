#include "lint/trusted_json.h"

#include "lint/json_dom.h"

namespace azlint {

using json = nlohmann::json;

std::optional<json> read_trusted_json(std::string_view text) {
  auto doc = dom::Document::read(text);
  if (!doc) return std::nullopt;
  return doc->root().to_json();
}

json read_embedded_json(std::string_view text) {
  if (text.empty()) return json();
  if (auto fast = read_trusted_json(text)) return std::move(*fast);
  return json::parse(text, nullptr, false);
}

}  // namespace azlint
