// lint/url.h: the one hand-written URL splitter `check` uses (libcurl stays out of its process).
#include <catch2/catch.hpp>

#include "lint/url.h"

using namespace azlint;

TEST_CASE("url: split_url takes scheme, host, port, origin and rest as written", "[url]") {
  UrlParts p = split_url("HTTPS://User:Pw@Contoso.OpenAI.Azure.com:8443/openai/deployments/x/chat?api-version=1#f");
  CHECK(p.scheme == "https");
  CHECK(p.host == "contoso.openai.azure.com");  // lower case, no user info
  CHECK(p.port == "8443");
  CHECK(p.origin == "HTTPS://User:Pw@Contoso.OpenAI.Azure.com:8443");
  CHECK(p.rest == "/openai/deployments/x/chat?api-version=1#f");
  CHECK(p.path() == "/openai/deployments/x/chat");
}

TEST_CASE("url: split_url without a path, with a query right after the host, IPv6, no scheme", "[url]") {
  UrlParts a = split_url("https://h.example");
  CHECK(a.host == "h.example");
  CHECK(a.rest.empty());
  CHECK(a.path().empty());
  CHECK(a.origin == "https://h.example");
  UrlParts b = split_url("https://h.example?api-version=2024-10-21");
  CHECK(b.host == "h.example");
  CHECK(b.rest == "?api-version=2024-10-21");
  CHECK(b.path().empty());
  UrlParts c = split_url("http://[::1]:4000/v1");
  CHECK(c.host == "::1");
  CHECK(c.port == "4000");
  CHECK(c.path() == "/v1");
  CHECK(c.origin == "http://[::1]:4000");
  UrlParts d = split_url("contoso.openai.azure.com/openai");
  CHECK(d.scheme.empty());
  CHECK(d.host.empty());
  CHECK(d.origin.empty());
  CHECK(d.rest.empty());
}

TEST_CASE("url: placeholders stay where they are written", "[url]") {
  UrlParts p = split_url("https://${INSTANCE_NAME}.openai.azure.com/openai/deployments/${DEPLOYMENT_NAME}");
  CHECK(p.host == "${instance_name}.openai.azure.com");
  CHECK(p.origin == "https://${INSTANCE_NAME}.openai.azure.com");
  CHECK(p.path() == "/openai/deployments/${DEPLOYMENT_NAME}");
  UrlParts q = split_url("https://${DEPLOYMENT_NAME}.services.ai.azure.com/models");
  CHECK(q.origin.find("${DEPLOYMENT_NAME}") != std::string_view::npos);
}
