// What a gateway does with a key its schema does not declare, worded for messages: the one
// place this is phrased per gateway (it becomes part of each gateway's behaviour).
#pragma once
#include <string>
#include <string_view>

#include "lint/schema_node.h"

namespace azlint {

// "LibreChat refuses to start: \"Unrecognized key(s) in object\"", "OpenClaw drops it silently,
// so the setting has no effect", … for an unknown `key` of the object at `pointer`.
std::string unknown_key_clause(std::string_view gateway, UnknownKeys mode, const std::string& pointer, const std::string& key);

// What the gateway does with a config its schema refuses ("LibreChat refuses to start"); "" for a
// gateway azlint cannot say it of (a hand-written schema).
std::string refusal_clause(std::string_view gateway);

// "models.providers.azure-openai" for "/models/providers/azure-openai" (OpenClaw's path form);
// "<root>" for "".
std::string dotted_path(const std::string& pointer);

}  // namespace azlint
