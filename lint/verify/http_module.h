// The interface between the azlint executable and its HTTP transport module
// (azlint-verify-http.so: lint/verify/http.cpp and http_module.cpp, linked with libcurl), which
// lint/verify/http_loader.cpp loads with dlopen when `azlint verify` first needs it.
#pragma once
#include <string>

#include "lint/verify/http.h"

namespace azlint::verify {

// The module's one exported symbol: extern "C" const HttpModule* azlint_verify_http_module().
inline constexpr const char* kHttpModuleEntry = "azlint_verify_http_module";
// The file name of the module, beside the executable in the build tree, in
// <prefix>/lib/azlint/ when installed (AZLINT_MODULE_DIR, relative to the executable's folder).
inline constexpr const char* kHttpModuleFile = "azlint-verify-http.so";

struct HttpModule {
  // The version of azlint the module was built with: the executable refuses any other (the
  // types below cross the boundary as they are).
  const char* version;
  void (*global_init)();
  HttpResponse (*send)(const HttpRequest& request, const TransportOptions& options);
  ParsedUrl (*parse_url)(const std::string& url);
};

}  // namespace azlint::verify
