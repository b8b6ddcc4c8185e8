#include "lint/verify/http.h"
#include "lint/percent_encode.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <mutex>

namespace azlint::verify {
namespace {

constexpr size_t kMaxBody = 64 * 1024;

size_t on_body(char* data, size_t size, size_t n, void* user) {
  auto* out = static_cast<std::string*>(user);
  size_t len = size * n;
  if (out->size() < kMaxBody) out->append(data, std::min(len, kMaxBody - out->size()));
  return len;
}

size_t on_header(char* data, size_t size, size_t n, void* user) {
  auto* out = static_cast<std::map<std::string, std::string>*>(user);
  size_t len = size * n;
  std::string line(data, len);
  if (line.rfind("HTTP/", 0) == 0) {
    out->clear();  // a new response (after a 100 Continue or a proxy CONNECT)
    return len;
  }
  size_t colon = line.find(':');
  if (colon == std::string::npos) return len;
  std::string name = line.substr(0, colon);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  std::string value = line.substr(colon + 1);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.erase(value.begin());
  while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) value.pop_back();
  (*out)[name] = value;
  return len;
}

TransportError classify_curl(CURLcode rc) {
  switch (rc) {
    case CURLE_OK: return TransportError::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT: return TransportError::Unreachable;
    case CURLE_OPERATION_TIMEDOUT: return TransportError::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS: return TransportError::Tls;
    default: return TransportError::Other;
  }
}

}  // namespace

void http_global_init() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpResponse http_send(const HttpRequest& req, const TransportOptions& opt) {
  http_global_init();
  HttpResponse res;
  CURL* h = curl_easy_init();
  if (!h) {
    res.error = TransportError::Other;
    res.error_message = "cannot create a curl handle";
    return res;
  }
  char errbuf[CURL_ERROR_SIZE] = {0};
  curl_slist* headers = nullptr;
  for (const auto& [name, value] : req.headers) headers = curl_slist_append(headers, (name + ": " + value).c_str());
  if (req.method == "POST") headers = curl_slist_append(headers, "Expect:");
  curl_slist* resolve = nullptr;
  for (const std::string& r : opt.resolve) resolve = curl_slist_append(resolve, r.c_str());
  curl_slist* connect_to = nullptr;
  for (const std::string& c : opt.connect_to) connect_to = curl_slist_append(connect_to, c.c_str());

  curl_easy_setopt(h, CURLOPT_URL, req.url.c_str());
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_USERAGENT, "azlint-verify/" AZLINT_VERSION);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(opt.timeout_seconds * 1000));
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(std::min(opt.connect_timeout_seconds, opt.timeout_seconds) * 1000));
  if (!opt.use_env_proxy) curl_easy_setopt(h, CURLOPT_PROXY, "");
  if (!opt.cacert.empty()) curl_easy_setopt(h, CURLOPT_CAINFO, opt.cacert.c_str());
  if (resolve) curl_easy_setopt(h, CURLOPT_RESOLVE, resolve);
  if (connect_to) curl_easy_setopt(h, CURLOPT_CONNECT_TO, connect_to);
  if (headers) curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  if (req.method == "POST") {
    curl_easy_setopt(h, CURLOPT_POST, 1L);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, req.body.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(req.body.size()));
  } else if (req.method != "GET") {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, req.method.c_str());
  }
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &res.body);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &res.headers);

  CURLcode rc = curl_easy_perform(h);
  res.error = classify_curl(rc);
  if (rc != CURLE_OK) res.error_message = errbuf[0] ? errbuf : curl_easy_strerror(rc);
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &res.status);
  curl_easy_getinfo(h, CURLINFO_TOTAL_TIME, &res.seconds);
  if (rc != CURLE_OK) res.status = 0;

  curl_slist_free_all(headers);
  curl_slist_free_all(resolve);
  curl_slist_free_all(connect_to);
  curl_easy_cleanup(h);
  return res;
}

std::string url_encode(const std::string& s) { return percent_encode(s); }

std::string url_scheme(const std::string& url) {
  size_t p = url.find("://");
  if (p == std::string::npos) return "";
  std::string s = url.substr(0, p);
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string url_host(const std::string& url) {
  size_t p = url.find("://");
  if (p == std::string::npos) return "";
  size_t b = p + 3;
  size_t e = url.find_first_of("/?#", b);
  std::string auth = url.substr(b, e == std::string::npos ? std::string::npos : e - b);
  if (size_t at = auth.rfind('@'); at != std::string::npos) auth = auth.substr(at + 1);
  std::string host;
  if (!auth.empty() && auth[0] == '[') {
    size_t close = auth.find(']');
    host = auth.substr(1, close == std::string::npos ? std::string::npos : close - 1);
  } else {
    host = auth.substr(0, auth.find(':'));
  }
  std::transform(host.begin(), host.end(), host.begin(), [](unsigned char c) { return std::tolower(c); });
  return host;
}

bool is_loopback_host(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0 ||
         (host.size() > 10 && host.compare(host.size() - 10, 10, ".localhost") == 0);
}

}  // namespace azlint::verify
