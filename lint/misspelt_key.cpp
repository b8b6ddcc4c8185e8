#include "lint/misspelt_key.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lint/fix/yaml_edits.h"
#include "lint/did_you_mean.h"
#include "lint/schema.h"
#include "lint/schema_lookup.h"
#include "lint/gateway.h"

namespace azlint {

const Member* misspelt_key(const Document& doc, const Node& object, std::string_view wanted) {
  if (!object.is_mapping()) return nullptr;
  SchemaInfo info = schema_info(doc, object.pointer());
  const std::vector<std::string_view> candidates{wanted};
  for (const Member& m : object.members()) {
    const Text& k = m.key.text;
    if (k == wanted || std::find(info.properties.begin(), info.properties.end(), k) != info.properties.end()) continue;
    if (!did_you_mean(k, candidates).empty()) return &m;
  }
  return nullptr;
}

void note_misspelt_key(Report& r, const Document& doc, const Node& object, const Member& typo, std::string_view wanted) {
  const std::string w(wanted);
  SchemaInfo info = schema_info(doc, object.pointer());
  std::string does =
      doc.gateway ? doc.gateway->behaviour().unknown_key(doc, object.pointer(), typo.key.text, key_policy(info.mode)) : "";
  r.absorb("\"" + typo.key.text + "\" here is not \"" + w + "\"" + does, typo.key.span);
  r.help("rename `" + typo.key.text + "` to `" + w + "`");
  r.fix("rename to `" + w + "`", {rename_key(typo.key, w)}, FixSafety::Unsafe);
}

}  // namespace azlint
