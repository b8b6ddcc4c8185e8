// The secret values a config and its environment hold, for the output scrubber (lint/scrub.h):
// the values of credential fields (each dialect's ApiKey fields — apiKey, api_key,
// client_secret, azure_ad_token, master_key, … — and headers named like credentials, api-key
// and Authorization), of settings named like secrets, of the variables these reference, and of
// every variable named *KEY*, *SECRET*, *TOKEN* or *PASSWORD* — set or declared (a value in a
// `.env.example` or a compose file counts; a declared name with no value holds none). References name a variable and
// are no secret themselves. The values are only ever given to a Scrubber, never printed.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/document.h"
#include "lint/env.h"
#include "lint/fields.h"

namespace azlint {

// fields: the document's fields when already built (Context::fields), else its gateway's.
std::vector<std::string> known_secrets(const Document& doc, const Env& env, const std::vector<Field>* fields = nullptr);

// What of a document's secrets does not depend on an environment: its credential values and the
// values of its settings named like secrets, as written (literals and references, in order). A
// linked document's is built once (Project::summary), then read under each checking file's env.
struct SecretSources {
  struct Value {
    std::string text;
    EnvSyntax syntax = EnvSyntax::DollarBrace;
    bool names_variable = false;  // an OpenClaw SecretRef id: the whole text names the variable
  };
  std::vector<Value> values;
};
SecretSources secret_sources(const Document& doc, const std::vector<Field>* fields = nullptr);
// The secrets `sources` hold under `env`: their literals and the values of the variables they
// reference (not the environment's own secret-named variables: known_secrets adds those).
std::vector<std::string> secrets_of(const SecretSources& sources, const Env& env);

// A header or variable name that says it carries a credential (`api-key`, `Authorization`,
// `X-Auth-Token`, `CLIENT_SECRET`).
bool credential_name(std::string_view name);

}  // namespace azlint
