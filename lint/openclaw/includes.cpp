#include "lint/openclaw/includes.h"

#include <string>
#include <vector>

namespace azlint::openclaw {

void report_includes(const Document& doc, Context& ctx) {
  std::vector<const Node*> todo{&doc.root};  // an explicit stack: no recursion on deep input
  while (!todo.empty()) {
    const Node* n = todo.back();
    todo.pop_back();
    for (const Node& item : n->items) todo.push_back(&item);
    for (const Member& m : n->members) {
      if (m.key.text != "$include") {
        todo.push_back(&m.value);
        continue;
      }
      const std::string what = m.value.is_string() ? "\"" + m.value.text + "\"" : "its files";
      ctx.report_key(m.value, "`$include` " + what + ": OpenClaw merges the included file here before it validates, "
                              "but azlint does not follow includes, so the included part is not checked (and "
                              "findings about keys it supplies may be missing or wrong)")
          .severity(Severity::Info)
          .help("lint the included file on its own, or inline it to have the whole config checked");
    }
  }
}

}  // namespace azlint::openclaw
