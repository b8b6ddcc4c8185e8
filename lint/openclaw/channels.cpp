#include "lint/openclaw/channels.h"

#include <algorithm>
#include <string>
#include <vector>

#include "lint/fix/yaml_edits.h"
#include "lint/did_you_mean.h"
#include "lint/schema_lookup.h"

namespace azlint::openclaw {

void report_unknown_channels(const Document& doc, Context& ctx) {
  const Node* channels = doc.root.get("channels");
  if (!channels || !channels->is_mapping()) return;
  SchemaInfo info = schema_info(doc, "/channels");
  if (!info.found || info.properties.empty()) return;
  std::vector<std::string_view> names(info.properties.begin(), info.properties.end());
  for (const Member& m : channels->members()) {
    if (std::find(info.properties.begin(), info.properties.end(), m.key.text) != info.properties.end()) continue;
    std::string_view near = did_you_mean(m.key.text, names);
    Report r = ctx.report_span(m.key.span, m.key.pointer(),
                               "unknown channel id \"" + m.key.text + "\" in `channels` (OpenClaw reports channels." +
                                   m.key.text + ": unknown channel id: " + m.key.text +
                                   " and keeps running on its last good config)" +
                                   (near.empty() ? std::string() : "; did you mean \"" + std::string(near) + "\"?"));
    if (near.empty()) {
      std::string known;
      for (size_t i = 0; i < info.properties.size(); ++i) known += (i ? ", " : "") + info.properties[i];
      r.help("the channels this release knows: " + known);
    } else {
      r.help("rename it to `" + std::string(near) + "`");
      if (!channels->get(near)) r.fix("rename to `" + std::string(near) + "`", {rename_key(m.key, near)}, FixSafety::Unsafe);
    }
  }
}

}  // namespace azlint::openclaw
