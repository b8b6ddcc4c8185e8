// The one host classification (lint/loopback.h): loopback, private or cluster-local, public —
// what insecure-endpoint's severity depends on.
#include <catch2/catch.hpp>

#include "lint/loopback.h"

using azlint::host_scope;
using azlint::HostScope;

TEST_CASE("host_scope: loopback", "[host]") {
  CHECK(host_scope("localhost") == HostScope::Loopback);
  CHECK(host_scope("127.0.0.1") == HostScope::Loopback);
  CHECK(host_scope("[::1]") == HostScope::Loopback);
  CHECK(host_scope("api.localhost") == HostScope::Loopback);
  CHECK(host_scope("::ffff:127.0.0.1") == HostScope::Loopback);
}

TEST_CASE("host_scope: private ranges as addresses, at their edges", "[host]") {
  for (const char* h : {"10.1.48.13", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.20",
                        "100.64.0.1", "100.127.255.255", "169.254.169.254", "[fd12:3456::7]", "fc00::1",
                        "fe80::1", "::ffff:10.0.0.1"})
    CHECK(host_scope(h) == HostScope::Private);
  for (const char* h : {"172.15.255.255", "172.32.0.1", "192.169.0.1", "100.63.255.255", "100.128.0.1",
                        "11.0.0.1", "8.8.8.8", "2001:db8::1", "fbff::1", "::ffff:8.8.8.8"})
    CHECK(host_scope(h) == HostScope::Public);
}

TEST_CASE("host_scope: cluster-local and single-label names", "[host]") {
  for (const char* h : {"litellm", "LiteLLM", "vllm-service.vllm-inference.svc.cluster.local", "ollama.ai.svc",
                        "host.docker.internal", "printer.local", "svc.cluster.local."})
    CHECK(host_scope(h) == HostScope::Private);
  // A name is only as local as its last labels: these are public DNS names.
  for (const char* h : {"my-res.openai.azure.com", "internal.example.com", "svc.example.com", "local.example",
                        "127.attacker.example.com", "10.0.0.1.nip.io"})
    CHECK(host_scope(h) == HostScope::Public);
}
