#include "lint/verify/send_policy.h"

#include <algorithm>
#include <cctype>

#include "lint/ascii.h"
#include "lint/azure/hosts.h"
#include "lint/loopback.h"
#include "lint/verify/http.h"

namespace azlint::verify {
namespace {

// Hosts a credential from the environment may reach without --allow-host.
bool trusted_for_env(const std::string& host) {
  return azure::is_azure_openai_host(host) || azure::is_azure_serverless_host(host) ||
         azure::is_entra_authority_host(host) || is_loopback_address(host);
}

bool allowed(const SendPolicy& p, const std::string& host) {
  return std::any_of(p.allow_hosts.begin(), p.allow_hosts.end(), [&](const std::string& a) {
    std::string h = ascii_lower(a);
    while (!h.empty() && h.back() == '.') h.pop_back();
    return !h.empty() && h == host;
  });
}

Clearance refuse(std::string reason, std::string help) {
  Clearance c;
  c.reason = std::move(reason);
  c.help = std::move(help);
  return c;
}

}  // namespace

Clearance clear_to_send(const std::string& url, const Credential& cred, const SendPolicy& policy) {
  if (!has_scheme(url))
    return refuse("the URL has no scheme, and azlint never guesses one (curl would use plain http)",
                  "write the URL with https:// (`azlint check` reports it as url-format)");
  ParsedUrl u = parse_url(url);
  if (!u.ok) return refuse("the URL is not valid (" + u.error + ")", "fix the URL (run `azlint check`)");
  if (u.scheme != "http" && u.scheme != "https")
    return refuse("the URL's scheme \"" + u.scheme + "\" is not http or https", "write the URL with https://");
  Clearance c;
  c.url = u.url;
  c.host = u.host;
  if (!cred.present && !u.userinfo) {
    c.ok = true;
    return c;
  }
  const std::string what = !cred.present ? "the URL's user name and password" : cred.what.empty() ? "a credential" : cred.what;
  const std::string from = cred.source.empty() ? std::string() : " from " + cred.source;
  const bool loopback = is_loopback_address(u.host);
  if (u.scheme == "http") {
    if (!loopback && !policy.allow_insecure)
      return refuse("not sending " + what + " over plain http to \"" + u.host + "\"",
                    "use https://, or pass --allow-insecure to send it to " + u.host + " in clear");
    c.direct = true;  // a proxy in between would read it: plain-http requests never use one
  }
  if (cred.present && cred.from_env && !trusted_for_env(u.host) && !allowed(policy, u.host))
    return refuse("not sending " + what + from + " to \"" + u.host +
                      "\": it comes from the environment or an env file, and such a credential goes only to Azure "
                      "OpenAI, Azure AI and Entra hosts and to loopback",
                  "if " + u.host + " is yours, pass --allow-host " + u.host);
  c.ok = true;
  return c;
}

}  // namespace azlint::verify
