// What librechat/model-needs-deployment and librechat/model-needs-version share: a model (not in
// a serverless group) must get the field from itself or its group, as LibreChat validates it.
#pragma once
#include "lint/context.h"
#include "lint/librechat/azure_view.h"

namespace azlint::librechat {

struct ModelField {
  const char* name;  // "deploymentName" / "version"
  const char* help;  // how to fix, one line
  const Node* (*group_value)(const Group&);
  const Node* (*own_value)(const Model&);
};

// Reports every model of the Azure groups that ends up without the field.
void check_model_needs(Context& ctx, const ModelField& field);

}  // namespace azlint::librechat
