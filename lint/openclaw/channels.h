// OpenClaw's channel ids: `channels` keeps unknown keys by its schema, but OpenClaw's
// plugin-aware check refuses a channel id no bundled channel has ("unknown channel id: <id>").
#pragma once
#include "lint/context.h"
#include "lint/document.h"

namespace azlint::openclaw {

// Reports each `channels.<id>` the release's schema does not declare (the schema rule's
// refinement, Gateway::schema_refinements), with did-you-mean and the rename.
void report_unknown_channels(const Document& doc, Context& ctx);

}  // namespace azlint::openclaw
