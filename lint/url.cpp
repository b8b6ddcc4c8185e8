#include "lint/url.h"

#include "lint/ascii.h"

namespace azlint {

UrlParts split_url(std::string_view s) {
  UrlParts p;
  size_t sep = s.find("://");
  if (sep == std::string_view::npos) return p;
  p.scheme = ascii_lower(s.substr(0, sep));
  std::string_view after = s.substr(sep + 3);
  size_t end = after.find_first_of("/?#");
  std::string_view authority = after.substr(0, end);
  p.rest = end == std::string_view::npos ? std::string_view() : after.substr(end);
  p.origin = s.substr(0, sep + 3 + authority.size());
  size_t at = authority.rfind('@');
  if (at != std::string_view::npos) authority = authority.substr(at + 1);
  if (!authority.empty() && authority[0] == '[') {
    size_t close = authority.find(']');
    p.host = ascii_lower(authority.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
    if (close != std::string_view::npos && close + 1 < authority.size() && authority[close + 1] == ':')
      p.port = std::string(authority.substr(close + 2));
    return p;
  }
  size_t colon = authority.rfind(':');
  if (colon != std::string_view::npos) {
    p.port = std::string(authority.substr(colon + 1));
    authority = authority.substr(0, colon);
  }
  p.host = ascii_lower(authority);
  return p;
}

}  // namespace azlint
