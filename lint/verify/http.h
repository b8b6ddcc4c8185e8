// The verify transport: one HTTP request at a time per call, over libcurl (kept out of this
// header). Safe to call from several threads at once.
//
// Two implementations of the functions marked [transport]: lint/verify/http.cpp over libcurl
// (linked into the tests; built alone as the module azlint-verify-http.so), and
// lint/verify/http_loader.cpp in the azlint executable, which loads that module with dlopen the
// first time verify needs it, so that `check`, `lsp` and `rules` never load libcurl (issue 14).
#pragma once
#include <map>
#include <string>
#include <vector>

#include "lint/percent_encode.h"

namespace azlint::verify {

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::vector<std::pair<std::string, std::string>> headers;  // name, value
  std::string body;
};

enum class TransportError { None, Unreachable, Tls, Timeout, Other };

struct HttpResponse {
  long status = 0;                            // 0 when no response was received
  std::map<std::string, std::string> headers; // names lower-cased
  std::string body;                           // at most 64 KiB
  TransportError error = TransportError::None;
  std::string error_message;                  // curl's words for a transport error
  double seconds = 0;
};

struct TransportOptions {
  double timeout_seconds = 10;          // the whole request: connect, TLS handshake, answer
  std::string cacert;                   // --cacert FILE ("" = the system store)
  std::vector<std::string> resolve;     // --resolve HOST:PORT:ADDR
  std::vector<std::string> connect_to;  // --connect-to HOST:PORT:HOST2:PORT2
  bool use_env_proxy = true;            // https_proxy / http_proxy / NO_PROXY (curl's own reading); false: none
};

// [transport] Makes the transport ready: false, with the reason, when it cannot be loaded.
bool load_transport(std::string& why);
// [transport] Once per process, before any thread sends.
void http_global_init();
// [transport]
HttpResponse http_send(const HttpRequest& request, const TransportOptions& options);

// Percent-encode a path segment or form value.
inline std::string url_encode(const std::string& s) { return percent_encode(s); }

struct ParsedUrl {
  bool ok = false;
  std::string error;   // curl's words when not ok
  std::string scheme;  // lower case
  std::string host;    // lower case, IPv6 without brackets
  std::string url;     // the URL as libcurl will send it
  bool userinfo = false;  // it holds a user name or password (curl sends them as Basic auth)
};
// [transport] A URL parsed with libcurl's URL API (the parser the transport itself uses); a URL
// without a scheme is an error, never guessed.
ParsedUrl parse_url(const std::string& url);

}  // namespace azlint::verify
