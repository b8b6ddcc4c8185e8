// For tests: registers one more gateway after the built-in ones for the life of the object, so a
// test can lint a fake fifth gateway end to end (tests/gateway_test.cpp). Not thread-safe:
// register before linting.
#pragma once
#include "lint/gateway.h"

namespace azlint {

class ScopedGatewayRegistration {
 public:
  explicit ScopedGatewayRegistration(const Gateway& gateway);
  ~ScopedGatewayRegistration();
  ScopedGatewayRegistration(const ScopedGatewayRegistration&) = delete;
  ScopedGatewayRegistration& operator=(const ScopedGatewayRegistration&) = delete;

 private:
  const Gateway& gateway_;
};

}  // namespace azlint
