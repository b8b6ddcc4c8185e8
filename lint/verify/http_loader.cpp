// The transport of the azlint executable (lint/verify/http.h): loads azlint-verify-http.so, and
// with it libcurl, the first time `azlint verify` needs it, so that no other subcommand pays for
// loading libcurl and the libraries it needs (TLS, Kerberos, LDAP, SSH: most of a cold start).
// The module is looked for by absolute path beside the executable (the build tree), then in
// AZLINT_MODULE_DIR relative to it (the installed package: /usr/bin/../lib/azlint); never through
// the library search path or an environment variable.
#include <dlfcn.h>
#include <unistd.h>

#include <cstring>
#include <mutex>

#include "lint/verify/http_module.h"

#ifndef AZLINT_MODULE_DIR
#define AZLINT_MODULE_DIR "../lib/azlint"
#endif

namespace azlint::verify {
namespace {

struct Loaded {
  const HttpModule* module = nullptr;
  std::string why;  // when it is not loaded
};

// The folder of the running executable (/proc/self/exe, symbolic links resolved).
std::string executable_dir() {
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return {};
  std::string path(buf, static_cast<size_t>(n));
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

Loaded load() {
  Loaded out;
  std::string dir = executable_dir();
  if (dir.empty()) {
    out.why = "cannot find the azlint executable's folder (/proc/self/exe)";
    return out;
  }
  std::string tried;
  for (const std::string& candidate : {dir + "/" + kHttpModuleFile, dir + "/" AZLINT_MODULE_DIR "/" + kHttpModuleFile}) {
    if (access(candidate.c_str(), F_OK) != 0) {
      tried += (tried.empty() ? "" : ", ") + candidate;
      continue;
    }
    void* handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* e = dlerror();
      out.why = "cannot load " + candidate + ": " + (e ? e : "unknown error") + " (is libcurl installed?)";
      return out;
    }
    auto entry = reinterpret_cast<const HttpModule* (*)()>(dlsym(handle, kHttpModuleEntry));
    const HttpModule* m = entry ? entry() : nullptr;
    if (!m || !m->version || std::strcmp(m->version, AZLINT_VERSION) != 0) {
      out.why = candidate + " is not the HTTP module of azlint " AZLINT_VERSION;
      dlclose(handle);
      return out;
    }
    out.module = m;  // never unloaded: libcurl stays for the rest of the process
    return out;
  }
  out.why = "azlint's HTTP module is missing (looked for " + tried + ")";
  return out;
}

const Loaded& loaded() {
  static std::once_flag once;
  static Loaded l;
  std::call_once(once, [] { l = load(); });
  return l;
}

}  // namespace

bool load_transport(std::string& why) {
  const Loaded& l = loaded();
  if (!l.module) why = l.why;
  return l.module != nullptr;
}

void http_global_init() {
  if (const HttpModule* m = loaded().module) m->global_init();
}

HttpResponse http_send(const HttpRequest& request, const TransportOptions& options) {
  if (const HttpModule* m = loaded().module) return m->send(request, options);
  HttpResponse res;
  res.error = TransportError::Other;
  res.error_message = loaded().why;
  return res;
}

ParsedUrl parse_url(const std::string& url) {
  if (const HttpModule* m = loaded().module) return m->parse_url(url);
  ParsedUrl out;
  out.error = loaded().why;
  return out;
}

}  // namespace azlint::verify
