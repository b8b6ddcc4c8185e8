// Hover on a model (or a group): the request its gateway will send and where each part came
// from, as `azlint show` prints it (show::request_lines), appended below the hover's other text.
// The resolution of an open document is made once per document version (the hover's latency
// budget) and kept with the secret values it holds, for the scrubber.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "lint/document.h"
#include "lint/engine.h"
#include "lint/resolution.h"

namespace azlint::lsp {

struct ResolvedDocument {
  int64_t version = -1;
  Env env;                                // what the document was resolved against
  std::vector<ResolvedRequest> requests;  // Gateway::resolve, in its order
  std::vector<std::string> secrets;       // known_secrets of the document and its env, and each credential
};

// Resolves a parsed document under its release (`doc.release`, chosen as `check` chooses it)
// against the environment of `path` with `options` (env files, `.env` beside it).
ResolvedDocument resolve_document(const Document& doc, const std::string& path, const Options& options, int64_t version);

// The requests a hover at `offset` shows: the model whose node is under the cursor (its key, or
// anywhere inside it); else the requests of the group, provider or entry the cursor is in (the
// nearest enclosing node two levels deep or more that holds requests). `hovered` is the pointer
// of the deepest node at the offset ("" when none).
std::vector<const ResolvedRequest*> requests_at(const std::vector<ResolvedRequest>& requests, uint32_t offset,
                                                const std::string& hovered);

// Markdown for the hover: a heading, then each request's text block (at most `max` of them) in
// a code block. Not scrubbed: the caller scrubs it with the document's secrets.
std::string requests_markdown(const std::vector<const ResolvedRequest*>& shown, size_t max = 6);

}  // namespace azlint::lsp
