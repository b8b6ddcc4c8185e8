// The items of a JSON array serialized one at a time, the way the whole document's dump(2) would
// print them: a streamed report (JsonReport, SarifReport) keeps the text of its findings, not the
// results, and splices it into the document written at the end.
#pragma once
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace azlint::emit_detail {

inline std::string dump_json(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// Appends `element` to `items` as an item of an array whose items are indented by `indent`.
inline void append_json_item(std::string& items, const nlohmann::ordered_json& element, size_t indent) {
  const std::string pad(indent, ' ');
  items += (items.empty() ? "\n" : ",\n") + pad;
  for (char c : dump_json(element)) {
    items += c;
    if (c == '\n') items += pad;
  }
}

// Writes `doc` dumped, each string member equal to a placeholder ("\001name\001") replaced by
// the array of its items (items indented by `indent`, the bracket closing two spaces less).
inline void write_spliced(std::ostream& out, const nlohmann::ordered_json& doc,
                          const std::vector<std::pair<std::string, const std::string*>>& arrays, size_t indent) {
  std::string text = dump_json(doc);
  size_t from = 0;
  for (const auto& [placeholder, items] : arrays) {
    const std::string quoted = dump_json(placeholder);
    size_t at = text.find(quoted, from);
    if (at == std::string::npos) continue;
    out.write(text.data() + from, static_cast<std::streamsize>(at - from));
    out << (items->empty() ? "[]" : "[" + *items + "\n" + std::string(indent - 2, ' ') + "]");
    from = at + quoted.size();
  }
  out.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
  out << "\n";
}

}  // namespace azlint::emit_detail
