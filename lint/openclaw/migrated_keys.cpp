#include "lint/openclaw/migrated_keys.h"

namespace azlint::openclaw {

namespace {

struct Move {
  std::string_view object;  // JSON Pointer of the object holding the key
  std::string_view key;
  std::string_view to;
};

// openclaw 2026.9.6, dist/legacy.roster-*.mjs (imported by io.snapshot-preparation-*.mjs, which
// `openclaw config validate` and the gateway's config read go through): "Moved agents.list to
// keyed agents.entries." The other moves of dist/legacy-*.mjs are `openclaw doctor`'s: checked
// with schemas/gen/oracle.mjs, `config validate` refuses those keys (heartbeat, audit, media,
// session.idleMinutes, messages.tts, agents.defaults.memorySearch).
constexpr Move kMoves[] = {
    {"/agents", "list", "agents.entries"},
};

}  // namespace

std::string_view migrated_key(std::string_view object_pointer, std::string_view key) {
  // `$include`, anywhere: the reader replaces it with the included file's content before it
  // validates (lint/openclaw/includes reports that azlint does not follow it).
  if (key == "$include") return "the included file's content";
  for (const Move& m : kMoves)
    if (m.object == object_pointer && m.key == key) return m.to;
  return {};
}

}  // namespace azlint::openclaw
