// Open WebUI as a gateway (lint/openwebui/gateway.cpp): one gateway, two forms of its config.
#pragma once
#include "lint/gateway.h"

namespace azlint::openwebui {

const Gateway& gateway();
// The exported config JSON (`openai.api_base_urls`, …) and the env file (`OPENAI_API_BASE_URLS`).
const Form& json_form();
const Form& env_form();

}  // namespace azlint::openwebui
