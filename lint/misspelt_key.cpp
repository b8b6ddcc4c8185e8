#include "lint/misspelt_key.h"

#include <algorithm>

#include "lint/did_you_mean.h"

namespace azlint {

const Member* misspelt_key(const Node& map, std::string_view wanted, const std::vector<std::string>& declared) {
  if (!map.is_mapping()) return nullptr;
  const std::vector<std::string_view> candidates{wanted};
  for (const Member& m : map.members) {
    const std::string& k = m.key.text;
    if (k == wanted || std::find(declared.begin(), declared.end(), k) != declared.end()) continue;
    if (!did_you_mean(k, candidates).empty()) return &m;
  }
  return nullptr;
}

void note_misspelt_key(Report& r, const Member& m, std::string_view wanted, std::string_view what_the_gateway_does) {
  const std::string w(wanted);
  r.absorb("\"" + m.key.text + "\" here is not \"" + w + "\": " + std::string(what_the_gateway_does), m.key.span);
  r.help("rename `" + m.key.text + "` to `" + w + "`");
  r.fix("rename to `" + w + "`", {{m.key.span, w}});
}

}  // namespace azlint
