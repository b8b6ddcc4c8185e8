// The one URL splitter of the rules and views: scheme, host, port and the rest, as a config
// writes them (nothing normalised, nothing rejected, so findings can quote what was written).
// Never libcurl: `check`, `lsp`, `rules` and the resolution of requests do not load it (issue 14);
// verify's transport parses with CURLU itself before sending (lint/verify/http.h).
#pragma once
#include <string>
#include <string_view>

namespace azlint {

struct UrlParts {
  std::string scheme;     // lower case, "" when there is no `://`
  std::string host;       // lower case, without brackets for IPv6, without user info
  std::string port;       // as written, "" when none
  std::string_view origin;  // `scheme://authority` as written (a view into the split text)
  std::string_view rest;  // path, query and fragment (a view into the split text)
  // The path alone: `rest` up to its query or fragment, as written.
  std::string_view path() const { return rest.substr(0, rest.find_first_of("?#")); }
};

// Splits `s` at its first `://`; all parts are empty when there is none.
UrlParts split_url(std::string_view s);

}  // namespace azlint
