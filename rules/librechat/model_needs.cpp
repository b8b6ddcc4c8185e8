#include "rules/librechat/model_needs.h"

#include <string>

#include "lint/misspelt_key.h"

namespace azlint::librechat {

void check_model_needs(Context& ctx, const ModelField& f) {
  const std::string field = f.name;
  for (const Group& g : librechat::azure_view(ctx).groups) {
    if (g.serverless) continue;  // serverless groups need neither
    const Node* serverless = g.node->get("serverless");
    if (serverless && !serverless->is_bool() && !serverless->is_null()) continue;
    const Node* gv = f.group_value(g);
    if (gv && !gv->is_string() && !gv->is_null()) continue;  // wrong type: schema / yaml-implicit-type
    const bool group_has = present_string(gv);
    const std::string gname(g.group_name);
    for (const Model& m : g.models) {
      const Node& v = m.value();
      if (!v.is_bool() && !v.is_mapping()) continue;  // other values: librechat/model-false
      const std::string mname(m.name);
      const std::string who = "model \"" + mname + "\" in group \"" + gname + "\"";
      // LibreChat's start-up message (objects: "a required"); without a group name, none quoted.
      auto start = [&](bool object) {
        if (gname.empty()) return std::string(" (LibreChat refuses to start)");
        return " (LibreChat refuses to start: Model \"" + mname + "\" in group \"" + gname + "\" is missing " +
               (object ? "a required" : "a") + " deploymentName or version.)";
      };
      const Node* own = v.is_mapping() ? f.own_value(m) : nullptr;
      if (own) {
        if (own->is_string() && !own->text.empty()) continue;
        if (!own->is_string() && !own->is_null()) continue;  // wrong type
        const std::string what = own->is_null() ? "sets `" + field + ":` with no value"
                                                : "sets `" + field + ": \"\"`";
        if (group_has) {
          ctx.report_key(v, who + " " + what + ", which counts as missing; at start it also overrides the group's " +
                                field + " \"" + gv->text + "\" and LibreChat fails to map the model")
              .help("remove the empty `" + field + "` from the model to inherit the group's, or give it a value")
              .note("empty " + field + " here", own->span.empty() ? own->key_span() : own->span);
        } else {
          ctx.report_key(v, who + " " + what + ", which counts as missing, and the group sets no " + field +
                                start(true))
              .help(f.help)
              .note("empty " + field + " here", own->span.empty() ? own->key_span() : own->span);
        }
        continue;
      }
      if (group_has) continue;
      std::string msg;
      if (v.is_bool()) {
        msg = who + " is `" + (v.boolean ? "true" : "false") + "`, so it inherits the group's " + field +
              ", but the group sets none" + start(false);
      } else {
        msg = who + " has no " + field + " of its own and the group sets none" + start(true);
      }
      Report r = ctx.report_key(v, msg);
      r.help(f.help);
      if (gv) r.note("the group's " + field + " is empty", gv->span.empty() ? gv->key_span() : gv->span);
      // A misspelt key (`deploymentNmae`) is why the field is missing: this finding owns it.
      const Node* holder = v.is_mapping() ? &v : nullptr;
      const Member* typo = holder ? misspelt_key(ctx.doc(), *holder, field) : nullptr;
      if (!typo && !gv) typo = misspelt_key(ctx.doc(), *(holder = g.node), field);
      if (typo) note_misspelt_key(r, ctx.doc(), *holder, *typo, field);
    }
  }
}

}  // namespace azlint::librechat
