// How OpenClaw names a place in its config: its own dotted paths ("models.providers.azure-openai",
// as its validator prints them) and, for messages, the provider or model a pointer is in.
#pragma once
#include <string>

#include "lint/document.h"

namespace azlint::openclaw {

// "models.providers.azure-openai" for "/models/providers/azure-openai"; "<root>" for "".
std::string dotted(const std::string& pointer);
// "model \"gpt-4o\" of provider \"p\"", "`compat.supportsStore` of model …"; "" outside
// `models.providers`.
std::string place(PointerFinder& finder, const std::string& pointer);

}  // namespace azlint::openclaw
