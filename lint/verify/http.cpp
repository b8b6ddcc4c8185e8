#include "lint/verify/http.h"

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

bool load_transport(std::string&) { return true; }  // linked in: nothing to load

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
  // One budget for every phase: name resolution, TCP, the TLS handshake and the answer (0 would
  // mean "no limit" to curl: at least a millisecond).
  const long budget_ms = std::max(1L, static_cast<long>(opt.timeout_seconds * 1000));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, budget_ms);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, budget_ms);
  if (!opt.use_env_proxy) curl_easy_setopt(h, CURLOPT_PROXY, "");  // "" overrides every *_proxy variable
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

ParsedUrl parse_url(const std::string& url) {
  ParsedUrl out;
  CURLU* u = curl_url();
  if (!u) {
    out.error = "out of memory";
    return out;
  }
  CURLUcode rc = curl_url_set(u, CURLUPART_URL, url.c_str(), 0);  // no CURLU_GUESS_SCHEME, no default scheme
  auto part = [&](CURLUPart what, std::string& to) {
    char* v = nullptr;
    CURLUcode r = curl_url_get(u, what, &v, 0);
    if (r == CURLUE_OK && v) to = v;
    curl_free(v);
    return r;
  };
  if (rc == CURLUE_OK) rc = part(CURLUPART_SCHEME, out.scheme);
  if (rc == CURLUE_OK) rc = part(CURLUPART_HOST, out.host);
  if (rc == CURLUE_OK) rc = part(CURLUPART_URL, out.url);
  std::string user, password;
  if (rc == CURLUE_OK) {
    part(CURLUPART_USER, user);  // CURLUE_NO_USER / CURLUE_NO_PASSWORD: none
    part(CURLUPART_PASSWORD, password);
    out.userinfo = !user.empty() || !password.empty();
  }
  curl_url_cleanup(u);
  if (rc != CURLUE_OK) {
    out.error = curl_url_strerror(rc);
    return out;
  }
  std::transform(out.scheme.begin(), out.scheme.end(), out.scheme.begin(), [](unsigned char c) { return std::tolower(c); });
  std::transform(out.host.begin(), out.host.end(), out.host.begin(), [](unsigned char c) { return std::tolower(c); });
  if (out.host.size() > 2 && out.host.front() == '[' && out.host.back() == ']') out.host = out.host.substr(1, out.host.size() - 2);
  out.ok = !out.host.empty();
  if (!out.ok) out.error = "no host";
  return out;
}

}  // namespace azlint::verify
