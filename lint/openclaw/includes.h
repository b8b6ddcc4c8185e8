// OpenClaw's `$include`: a key that OpenClaw replaces with the content of another file before it
// validates the config. azlint does not follow it; it says so once per include.
#pragma once
#include "lint/context.h"
#include "lint/document.h"

namespace azlint::openclaw {

// An info (reported by the schema pass) at every `$include` key: the included part is not checked.
void report_includes(const Document& doc, Context& ctx);

}  // namespace azlint::openclaw
