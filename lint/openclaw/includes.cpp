#include "lint/openclaw/includes.h"

#include <filesystem>
#include <string>
#include <vector>

namespace azlint::openclaw {

void report_includes(const Document& doc, Context& ctx) {
  std::vector<const Node*> todo{&doc.root};  // an explicit stack: no recursion on deep input
  while (!todo.empty()) {
    const Node* n = todo.back();
    todo.pop_back();
    for (const Node& item : n->items()) todo.push_back(&item);
    for (const Member& m : n->members()) {
      if (m.key.text != "$include") {
        todo.push_back(&m.value);
        continue;
      }
      const std::string what = m.value.is_string() ? "\"" + m.value.text + "\"" : "its files";
      // A path that names no file: OpenClaw cannot merge it and refuses the config (its own
      // `config validate` fails on it).
      std::error_code ec;
      const std::filesystem::path from = std::filesystem::path(doc.source ? doc.source->path() : "").parent_path();
      if (m.value.is_string() && !m.value.text.empty() && doc.source && doc.source->path() != "<stdin>" &&
          !std::filesystem::exists(from / std::string_view(m.value.text), ec) && !ec) {
        ctx.report_key(m.value, "`$include` " + what + " names no file (looked for beside the config); OpenClaw "
                                "cannot merge it and refuses the config")
            .help("fix the path (relative to this file), or remove the `$include`");
        continue;
      }
      ctx.report_key(m.value, "`$include` " + what + ": OpenClaw merges the included file here before it validates, "
                              "but azlint does not follow includes, so the included part is not checked (and "
                              "findings about keys it supplies may be missing or wrong)")
          .severity(Severity::Info)
          .help("lint the included file on its own, or inline it to have the whole config checked");
    }
  }
}

}  // namespace azlint::openclaw
