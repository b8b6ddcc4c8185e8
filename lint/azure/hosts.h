// Microsoft's own host names for Azure OpenAI and Entra ID: the one list every part of azlint
// uses (the dialects' "is this Azure?" and where `verify` may send a credential from the
// environment).
#pragma once
#include <string_view>

namespace azlint::azure {

// An Azure OpenAI resource host: *.openai.azure.com, *.cognitiveservices.azure.com,
// *.services.ai.azure.com, the sovereign clouds' *.openai.azure.us / *.cognitiveservices.azure.us
// / *.openai.azure.cn / *.cognitiveservices.azure.cn, and the legacy *.api.cognitive.microsoft.com.
bool is_azure_openai_host(std::string_view host);
// An Azure AI serverless (models-as-a-service) host: *.inference.ai.azure.com, *.models.ai.azure.com.
bool is_azure_serverless_host(std::string_view host);
// An Entra ID authority host (AZURE_AUTHORITY_HOST): login.microsoftonline.com,
// login.microsoftonline.us, login.chinacloudapi.cn, login.partner.microsoftonline.cn, login.microsoft.com.
bool is_entra_authority_host(std::string_view host);

}  // namespace azlint::azure
