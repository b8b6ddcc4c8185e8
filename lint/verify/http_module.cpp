// The entry point of azlint-verify-http.so (lint/verify/http_module.h): the libcurl transport of
// lint/verify/http.cpp, handed to the executable that loads it. Everything else in the module is
// hidden (-fvisibility=hidden).
#include "lint/verify/http_module.h"

namespace {

const azlint::verify::HttpModule kModule = {
    AZLINT_VERSION,
    &azlint::verify::http_global_init,
    &azlint::verify::http_send,
    &azlint::verify::parse_url,
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const azlint::verify::HttpModule* azlint_verify_http_module() {
  return &kModule;
}
