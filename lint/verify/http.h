// The verify transport: one HTTP request at a time per call, over libcurl (kept out of this
// header). Safe to call from several threads at once.
#pragma once
#include <map>
#include <string>
#include <vector>

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
  double timeout_seconds = 10;          // the whole request
  double connect_timeout_seconds = 5;
  std::string cacert;                   // --cacert FILE ("" = the system store)
  std::vector<std::string> resolve;     // --resolve HOST:PORT:ADDR
  std::vector<std::string> connect_to;  // --connect-to HOST:PORT:HOST2:PORT2
  bool use_env_proxy = true;            // HTTPS_PROXY / HTTP_PROXY / NO_PROXY (curl's own reading)
};

// Once per process, before any thread sends.
void http_global_init();
HttpResponse http_send(const HttpRequest& request, const TransportOptions& options);

// Percent-encode a path segment or form value.
std::string url_encode(const std::string& s);
// The host of an absolute URL, lower-cased ("" when it has none), and its scheme.
std::string url_host(const std::string& url);
std::string url_scheme(const std::string& url);
bool is_loopback_host(const std::string& host);

}  // namespace azlint::verify
