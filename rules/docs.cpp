// Rule docs live beside each rule (rules/<id>.md; shared ids under rules/shared/).
#include <string>

#include "lint/embedded.h"
#include "rules/registry.h"

namespace azlint {

std::string_view rule_doc(std::string_view id) {
  std::string path = id.find('/') != std::string_view::npos ? "rules/" + std::string(id) + ".md"
                                                           : "rules/shared/" + std::string(id) + ".md";
  return embedded_file(path);
}

}  // namespace azlint
