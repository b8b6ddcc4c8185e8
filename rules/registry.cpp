// The explicit, sorted list of every rule (no static self-registration).
#include "rules/registry.h"

namespace azlint {

const Rule& rule_api_version_is_model_version();
const Rule& rule_api_version_retired();
const Rule& rule_api_version_too_old();
const Rule& rule_api_version_unknown();
const Rule& rule_chain_litellm_drop_params();
const Rule& rule_chain_openclaw_model_not_in_litellm();
const Rule& rule_chain_proxy_ambiguous();
const Rule& rule_duplicate_key();
const Rule& rule_env_var_missing();
const Rule& rule_env_var_syntax();
const Rule& rule_hardcoded_secret();
const Rule& rule_input_unreadable();
const Rule& rule_insecure_endpoint();
const Rule& rule_librechat_assistants_multi_region();
const Rule& rule_librechat_assistants_no_group();
const Rule& rule_librechat_base_url_hardcoded();
const Rule& rule_librechat_base_url_no_deployment();
const Rule& rule_librechat_config_version_target();
const Rule& rule_librechat_deployment_name_format();
const Rule& rule_librechat_duplicate_group();
const Rule& rule_librechat_duplicate_model();
const Rule& rule_librechat_env_ref_concatenated();
const Rule& rule_librechat_groups_required();
const Rule& rule_librechat_instance_name_format();
const Rule& rule_librechat_legacy_env();
const Rule& rule_librechat_missing_api_key();
const Rule& rule_librechat_missing_instance_name();
const Rule& rule_librechat_model_empty_object();
const Rule& rule_librechat_model_false();
const Rule& rule_librechat_model_key_alias();
const Rule& rule_librechat_model_named_like_setting();
const Rule& rule_librechat_model_needs_deployment();
const Rule& rule_librechat_model_needs_version();
const Rule& rule_librechat_placeholder_misuse();
const Rule& rule_librechat_plugins_serverless();
const Rule& rule_librechat_reasoning_params();
const Rule& rule_librechat_serverless_base_url();
const Rule& rule_librechat_serverless_force_prompt();
const Rule& rule_librechat_serverless_host();
const Rule& rule_librechat_serverless_ignored_field();
const Rule& rule_librechat_serverless_one_model();
const Rule& rule_librechat_summary_model_missing();
const Rule& rule_librechat_title_model_missing();
const Rule& rule_librechat_unknown_model();
const Rule& rule_litellm_api_base_path();
const Rule& rule_litellm_api_version_default();
const Rule& rule_litellm_auth_conflict();
const Rule& rule_litellm_azure_api_base_missing();
const Rule& rule_litellm_azure_prefix_host_mismatch();
const Rule& rule_litellm_drop_params_missing();
const Rule& rule_litellm_entra_incomplete();
const Rule& rule_litellm_o_series_misroute();
const Rule& rule_litellm_unknown_prefix();
const Rule& rule_non_chat_model();
const Rule& rule_openclaw_api_version_in_headers();
const Rule& rule_openclaw_azure_direct();
const Rule& rule_openclaw_custom_provider_incomplete();
const Rule& rule_openclaw_duplicate_model_id();
const Rule& rule_openclaw_max_tokens_over_context();
const Rule& rule_openclaw_mode_replace();
const Rule& rule_openclaw_primary_unknown();
const Rule& rule_openclaw_provider_api_missing();
const Rule& rule_openclaw_store_unsupported();
const Rule& rule_openwebui_azure_api_version();
const Rule& rule_openwebui_azure_custom_host();
const Rule& rule_openwebui_azure_model_ids();
const Rule& rule_openwebui_azure_url_format();
const Rule& rule_openwebui_urls_keys_mismatch();
const Rule& rule_responses_only_model();
const Rule& rule_rule_id_alias();
const Rule& rule_schema();
const Rule& rule_syntax();
const Rule& rule_unknown_dialect();
const Rule& rule_unused_suppression();
const Rule& rule_url_format();
const Rule& rule_yaml_implicit_type();

const std::vector<const Rule*>& all_rules() {
  static const std::vector<const Rule*> rules = {
      &rule_api_version_is_model_version(),
      &rule_api_version_retired(),
      &rule_api_version_too_old(),
      &rule_api_version_unknown(),
      &rule_chain_litellm_drop_params(),
      &rule_chain_openclaw_model_not_in_litellm(),
      &rule_chain_proxy_ambiguous(),
      &rule_duplicate_key(),
      &rule_env_var_missing(),
      &rule_env_var_syntax(),
      &rule_hardcoded_secret(),
      &rule_input_unreadable(),
      &rule_insecure_endpoint(),
      &rule_librechat_assistants_multi_region(),
      &rule_librechat_assistants_no_group(),
      &rule_librechat_base_url_hardcoded(),
      &rule_librechat_base_url_no_deployment(),
      &rule_librechat_config_version_target(),
      &rule_librechat_deployment_name_format(),
      &rule_librechat_duplicate_group(),
      &rule_librechat_duplicate_model(),
      &rule_librechat_env_ref_concatenated(),
      &rule_librechat_groups_required(),
      &rule_librechat_instance_name_format(),
      &rule_librechat_legacy_env(),
      &rule_librechat_missing_api_key(),
      &rule_librechat_missing_instance_name(),
      &rule_librechat_model_empty_object(),
      &rule_librechat_model_false(),
      &rule_librechat_model_key_alias(),
      &rule_librechat_model_named_like_setting(),
      &rule_librechat_model_needs_deployment(),
      &rule_librechat_model_needs_version(),
      &rule_librechat_placeholder_misuse(),
      &rule_librechat_plugins_serverless(),
      &rule_librechat_reasoning_params(),
      &rule_librechat_serverless_base_url(),
      &rule_librechat_serverless_force_prompt(),
      &rule_librechat_serverless_host(),
      &rule_librechat_serverless_ignored_field(),
      &rule_librechat_serverless_one_model(),
      &rule_librechat_summary_model_missing(),
      &rule_librechat_title_model_missing(),
      &rule_librechat_unknown_model(),
      &rule_litellm_api_base_path(),
      &rule_litellm_api_version_default(),
      &rule_litellm_auth_conflict(),
      &rule_litellm_azure_api_base_missing(),
      &rule_litellm_azure_prefix_host_mismatch(),
      &rule_litellm_drop_params_missing(),
      &rule_litellm_entra_incomplete(),
      &rule_litellm_o_series_misroute(),
      &rule_litellm_unknown_prefix(),
      &rule_non_chat_model(),
      &rule_openclaw_api_version_in_headers(),
      &rule_openclaw_azure_direct(),
      &rule_openclaw_custom_provider_incomplete(),
      &rule_openclaw_duplicate_model_id(),
      &rule_openclaw_max_tokens_over_context(),
      &rule_openclaw_mode_replace(),
      &rule_openclaw_primary_unknown(),
      &rule_openclaw_provider_api_missing(),
      &rule_openclaw_store_unsupported(),
      &rule_openwebui_azure_api_version(),
      &rule_openwebui_azure_custom_host(),
      &rule_openwebui_azure_model_ids(),
      &rule_openwebui_azure_url_format(),
      &rule_openwebui_urls_keys_mismatch(),
      &rule_responses_only_model(),
      &rule_rule_id_alias(),
      &rule_schema(),
      &rule_syntax(),
      &rule_unknown_dialect(),
      &rule_unused_suppression(),
      &rule_url_format(),
      &rule_yaml_implicit_type(),
  };
  return rules;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule* r : all_rules())
    if (r->meta().id == id) return r;
  return nullptr;
}

}  // namespace azlint
