// The compose reader (lint/compose.h): the published ports, bind mounts and command that link an
// OpenClaw provider's host:port to the LiteLLM config a service mounts.
#include <catch2/catch.hpp>

#include "lint/compose.h"

using namespace azlint;

TEST_CASE("compose: ports, bind mounts and command of each service", "[compose]") {
  ComposeFile f = parse_compose("docker-compose.yml",
                                "services:\n"
                                "  litellm:\n"
                                "    image: ghcr.io/berriai/litellm:main-stable\n"
                                "    ports: [\"127.0.0.1:4000:4000\", \"[::1]:4001:4000/tcp\", 8080, {target: 4000, published: \"4002\"}]\n"
                                "    volumes:\n"
                                "      - ./litellm/config.yaml:/app/config.yaml:ro\n"
                                "      - data:/var/lib/data\n"
                                "      - {type: bind, source: ../shared, target: /shared}\n"
                                "      - {type: volume, source: cache, target: /cache}\n"
                                "    command: --config '/app/config.yaml' --port 4000\n"
                                "  db: {image: postgres}\n"
                                "  broken: 3\n",
                                {});
  REQUIRE(f.services.size() == 2);
  const ComposeService& s = f.services[0];
  CHECK(s.name == "litellm");
  REQUIRE(s.ports.size() == 4);
  CHECK((s.ports[0].host_ip == "127.0.0.1" && s.ports[0].published == "4000" && s.ports[0].target == "4000"));
  CHECK((s.ports[1].host_ip == "::1" && s.ports[1].published == "4001" && s.ports[1].target == "4000"));
  CHECK((s.ports[2].published.empty() && s.ports[2].target == "8080"));
  CHECK((s.ports[3].published == "4002" && s.ports[3].target == "4000"));
  REQUIRE(s.mounts.size() == 2);  // the named volumes are left out
  CHECK((s.mounts[0].source == "./litellm/config.yaml" && s.mounts[0].target == "/app/config.yaml"));
  CHECK((s.mounts[1].source == "../shared" && s.mounts[1].target == "/shared"));
  CHECK(s.command == std::vector<std::string>{"--config", "/app/config.yaml", "--port", "4000"});
  CHECK(f.services[1].name == "db");
}

TEST_CASE("compose: names, and files that are not compose files", "[compose]") {
  for (const char* n : {"docker-compose.yml", "docker-compose.prod.yaml", "compose.yaml", "compose.override.yml"})
    CHECK(is_compose_name(n));
  for (const char* n : {"litellm_config.yaml", "docker-compose.json", "my-compose.yml"}) CHECK_FALSE(is_compose_name(n));
  CHECK(parse_compose("compose.yaml", "services: [a, b]\n", {}).services.empty());
  CHECK(parse_compose("compose.yaml", "services: {a: {ports: \"4000:4000\"\n", {}).services.empty());  // does not parse
  CHECK(parse_compose("compose.yaml", "", {}).services.empty());
}
