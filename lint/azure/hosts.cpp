#include "lint/azure/hosts.h"

#include <string>

#include "lint/ascii.h"

namespace azlint::azure {
namespace {

// Lower case, without the trailing dot of a fully qualified name.
std::string normal(std::string_view host) {
  std::string h = ascii_lower(host);
  while (!h.empty() && h.back() == '.') h.pop_back();
  return h;
}

// `host` is a sub-domain of one of `suffixes` (each starting with a dot) and has a name before it.
template <size_t N>
bool under(const std::string& host, const std::string_view (&suffixes)[N]) {
  for (std::string_view s : suffixes)
    if (host.size() > s.size() && host.compare(host.size() - s.size(), s.size(), s) == 0) return true;
  return false;
}

constexpr std::string_view kOpenAI[] = {
    ".openai.azure.com",   ".cognitiveservices.azure.com", ".services.ai.azure.com",
    ".openai.azure.us",    ".cognitiveservices.azure.us",  ".openai.azure.cn",
    ".cognitiveservices.azure.cn", ".api.cognitive.microsoft.com",
};
constexpr std::string_view kServerless[] = {".inference.ai.azure.com", ".models.ai.azure.com"};
constexpr std::string_view kAuthorities[] = {"login.microsoftonline.com", "login.microsoftonline.us",
                                             "login.chinacloudapi.cn", "login.partner.microsoftonline.cn",
                                             "login.microsoft.com"};

}  // namespace

bool is_azure_openai_host(std::string_view host) { return under(normal(host), kOpenAI); }

bool is_azure_serverless_host(std::string_view host) { return under(normal(host), kServerless); }

bool is_entra_authority_host(std::string_view host) {
  const std::string h = normal(host);
  for (std::string_view a : kAuthorities)
    if (h == a) return true;
  return false;
}

}  // namespace azlint::azure
