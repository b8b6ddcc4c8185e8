// Keys OpenClaw's schema no longer has but its config reader still takes, moving them to their
// current place before it validates (so they are neither refused nor dropped).
#pragma once
#include <string_view>

namespace azlint::openclaw {

// The current place of a key of the object at `object_pointer` that OpenClaw moves when it reads
// the config ("agents.entries" for `list` under `/agents`); "" when it does not move it.
std::string_view migrated_key(std::string_view object_pointer, std::string_view key);

}  // namespace azlint::openclaw
