// Open WebUI's OpenAI connections, read once from either form — the exported config JSON
// (`openai.api_base_urls`, `openai.api_keys`, `openai.api_configs` keyed by "0", "1", … or,
// legacy, by the URL) or the env file (`OPENAI_API_BASE_URLS` / `OPENAI_API_KEYS`, `;`-separated
// and index-aligned) — and the roles of their fields for the shared rules (lint/fields.h).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lint/fields.h"

namespace azlint {
class Context;
}

namespace azlint::openwebui {

// One connection: the base URL at an index, the key at the same index, its api_configs entry.
struct Connection {
  size_t index = 0;
  // The URL as a string node; in the env form an item node with the item's exact sub-span.
  // nullptr when the list item is not a string.
  const Node* url = nullptr;
  const Node* key = nullptr;        // string node at the same index, or nullptr
  const Member* config = nullptr;   // the api_configs member for this connection, or nullptr
  const Node* azure_flag = nullptr; // `azure: true` or `provider: "azure"` (the value node), or nullptr
  bool enabled = true;              // neither the connection nor `openai.enable` is false
  std::string_view list;            // where it is written: "api_base_urls" / "OPENAI_API_BASE_URLS" (a literal)

  bool azure() const { return azure_flag != nullptr; }
  // "api_base_urls[1]" / "OPENAI_API_BASE_URLS[1]" (made when asked: a large list holds many).
  std::string label() const { return std::string(list) + "[" + std::to_string(index) + "]"; }
  // An enabled Azure connection on the classic route (not a /openai/v1 base): the one Open WebUI
  // calls with a deployment path and an api-version.
  bool classic_azure() const;
  // The connection's config mapping, or nullptr.
  const Node* cfg() const { return config && config->value.is_mapping() ? &config->value : nullptr; }
  // A string member of the config, or nullptr.
  const Node* cfg_string(std::string_view key) const;
  std::string_view url_text() const { return url ? std::string_view(url->text) : std::string_view(); }
  // `connection 1 ("https://…")` for messages.
  std::string describe() const;
};

struct View {
  bool env_form = false;
  const Node* openai = nullptr;   // JSON: the `openai` mapping
  const Node* urls = nullptr;     // JSON: the api_base_urls list; env: the OPENAI_API_BASE_URLS (or _URL) value
  const Node* keys = nullptr;     // JSON: the api_keys list; env: the OPENAI_API_KEYS (or _KEY) value
  const Node* configs = nullptr;  // JSON: the api_configs mapping
  std::string urls_name, keys_name;  // "api_base_urls" / "OPENAI_API_BASE_URLS", …
  std::vector<Connection> connections;
  // Every key by index (there may be more keys than URLs); nullptr for a non-string item.
  std::vector<const Node*> key_items;
};

View build_view(const Document& doc);
// The document's view, built once per document and cached in the context (what rules read).
const View& view_of(Context& ctx);
std::vector<Field> collect_fields(const Document& doc);

// Azure OpenAI hosts (lint/azure/hosts.h, the one list).
bool is_azure_host(std::string_view host);
// The offset just past `/openai/v1` when the URL's path starts a v1 base (`/openai/v1` followed
// by `/` or the end), as Open WebUI's `/openai/v1(/|$)` test matches it; npos otherwise.
size_t v1_base_end(std::string_view url);
// The chat URL Open WebUI builds for an Azure connection on the classic route, as
// backend/open_webui/routers/openai.py does: convert_to_azure_payload makes
// f'{url}/openai/deployments/{quote(model, safe="")}' of the connection URL as written, and the
// request goes to that + f'/chat/completions?api-version={api_version}'. Trailing slashes of the
// URL are trimmed; "{deployment}" stays as it is (a message's placeholder). The resolution
// (lint/openwebui/resolve.cpp) and the rules that quote the URL both call it.
std::string azure_chat_url(std::string_view url, std::string_view deployment, std::string_view api_version);
// The auth types that send the connection's key (missing or `bearer`; for Azure also every type
// but the Entra ones, through the `api-key` header).
bool sends_key(const Connection& c);

}  // namespace azlint::openwebui
