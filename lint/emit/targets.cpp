// Which release each file was checked against, as every format names it.
#include <map>

#include "lint/emit/emit.h"
#include "lint/emit/summary.h"

namespace azlint {

std::string target_of(const FileResult& r) {
  const GatewayForm& c = r.checked_as;
  return c.gateway && c.release ? std::string(c.gateway->id()) + "@" + std::string(c.release->version) : std::string();
}

std::vector<std::string> run_targets(const std::vector<FileResult>& results) {
  RunTally t;
  for (const FileResult& r : results) t.add(r);
  return t.targets();
}

std::string checked_against(const std::vector<FileResult>& results) {
  RunTally t;
  for (const FileResult& r : results) t.add(r);
  return t.checked_against();
}

}  // namespace azlint
