#include "lint/litellm/drop_params_fix.h"

#include "lint/fix/yaml_edits.h"
#include "lint/litellm/model_list.h"

namespace azlint::litellm {

std::optional<Edit> add_drop_params(const Document& doc) {
  if (!doc.source || !doc.root.is_mapping()) return std::nullopt;
  const SourceFile& src = *doc.source;
  const Node* settings = doc.root.get("litellm_settings");
  if (!settings) return add_section(src, doc.root, "litellm_settings", "drop_params", "true");
  if (settings->is_null()) return add_member_under(src, *settings, "drop_params", "true");
  if (!settings->is_mapping()) return std::nullopt;
  const Node* drop = settings->get("drop_params");
  if (!drop) return add_member(src, *settings, "drop_params", "true");
  if (drop->is_string() && drop->text == "true" && !drop->span.empty()) return Edit{drop->span, "true"};
  return std::nullopt;
}

}  // namespace azlint::litellm
