// The output scrubber (lint/scrub.h): secret shapes, known secret values wherever and however
// they appear, source files shown line for line, and control characters made visible.
#include <catch2/catch.hpp>

#include "lint/gateway.h"
#include "lint/known_secrets.h"
#include "lint/load.h"
#include "lint/redact.h"
#include "lint/scrub.h"
#include "test_util.h"

using namespace azlint;

namespace {

bool holds(const std::string& text, const std::string& secret) { return text.find(secret) != std::string::npos; }

}  // namespace

TEST_CASE("scrub: Entra client secrets, bearer tokens and credential parameters are secret shapes", "[scrub]") {
  const Scrubber s;
  // An Entra client secret (40 characters with `~`, `.`, `_`, `-`), alone or in a sentence.
  const std::string entra = "abc8Q~xyZ1.2_3-4kLmNoPqRsTuVwXyZ0123456789";
  std::string out = s.scrub("client secret " + entra + " rejected");
  CHECK_FALSE(holds(out, entra.substr(0, 12)));
  CHECK(out.size() == std::string("client secret " + entra + " rejected").size());
  CHECK(out.substr(out.size() - 13) == "6789 rejected");  // the last four stay
  // A model id that is a header value.
  CHECK_FALSE(holds(s.scrub("models served (gpt-4o, Bearer RTKEY-7f3a9c2e1b)"), "RTKEY-7f3a9c2e1b"));
  // Query and form parameters that carry credentials, whatever the value looks like.
  out = s.scrub("https://res.openai.azure.com/openai?subscription-key=hunter2&api-version=2024-10-21");
  CHECK_FALSE(holds(out, "hunter2"));
  CHECK(holds(out, "api-version=2024-10-21"));
  CHECK_FALSE(holds(s.scrub("grant_type=client_credentials&client_secret=tiny&scope=x"), "tiny"));
  CHECK_FALSE(holds(s.scrub("https://acct.blob.core.windows.net/c?sv=2022&sig=AbC1dEf2GhI3"), "AbC1dEf2GhI3"));
  // Any random-looking query value.
  CHECK_FALSE(holds(s.scrub("https://h.example/x?state=Zq81LmPw7XcV2bNk4Rt9"), "Zq81LmPw7XcV2bNk4Rt9"));
  // What is not a secret stays.
  for (const char* plain : {"deployment gpt-4o-mini is not found", "e.g. AZURE_API_KEY=… in the .env file",
                            "write ${AZURE_API_KEY}", "…/openai/deployments/gpt-4-turbo?api-version=2024-10-21/chat/completions",
                            "apiKey=${KEY} and api_key=os.environ/AZURE_API_KEY", "Bearer token rejected"})
    CHECK(s.scrub(plain) == plain);
}

TEST_CASE("scrub: percent-encoded secrets are masked like their decoded form", "[scrub]") {
  const Scrubber shapes;
  // An Entra secret with `~` encoded, echoed without a parameter name.
  const std::string entra = "Q~8aB.cD3eF_gH5iJ-kL7mN9oP1qR3sT5uV7wX";
  std::string encoded = "Q%7E8aB.cD3eF_gH5iJ-kL7mN9oP1qR3sT5uV7wX";
  std::string out = shapes.scrub("invalid secret " + encoded);
  CHECK_FALSE(holds(out, "8aB.cD3eF_gH"));
  CHECK(out.size() == std::string("invalid secret " + encoded).size());
  // A known value, fully encoded.
  Scrubber known;
  known.add("Zq7!xw#Mv2&Lp9^Tr4");
  out = known.scrub("echo: Zq7%21xw%23Mv2%26Lp9%5ETr4 and Zq7!xw#Mv2&Lp9^Tr4");
  CHECK_FALSE(holds(out, "Zq7"));
  CHECK_FALSE(holds(out, "Mv2"));
}

TEST_CASE("scrub: known values are masked wherever they appear, also split across whitespace", "[scrub]") {
  Scrubber s;
  s.add("Pe9^Xc3~Vb6+Nm2");     // no key shape at all
  s.add("4f8b2e6a0c9d1357f4b8e2a6c0d91375");
  s.add("short7");              // under 8 characters: too common to mask everywhere
  CHECK(s.known() == 2);
  std::string out = s.scrub("backend failure for key 4f8b2e6a0c9d1357\n   f4b8e2a6c0d91375 (Pe9^Xc3~ Vb6+Nm2)");
  CHECK_FALSE(holds(out, "4f8b2e6a0c9d"));
  CHECK_FALSE(holds(out, "Pe9^Xc3~"));
  CHECK(holds(out, "\n   "));  // the whitespace stays where it was: each piece is masked
  CHECK(s.scrub("instance short7") == "instance short7");
  CHECK(s.holds_secret("x Pe9^Xc3~Vb6+Nm2"));
  CHECK_FALSE(s.holds_secret("nothing here"));
  // One '*' per character: columns stay where they were.
  s.add("caf\xC3\xA9-s3cr3t-value");
  CHECK(s.scrub("k: caf\xC3\xA9-s3cr3t-value.") == "k: *************alue.");
}

TEST_CASE("scrub: a source file keeps its lines, and values alone on the line after their key are masked", "[scrub]") {
  const Scrubber s;
  const std::string text = "groups:\n  - apiKey:\n      \"Xk7pQ2vL9mN4rT8wY3zBq6\"\n    instanceName:\n      my-res\n"
                           "    api_key:\n      Bz5Qm8Lx2Wr7Tn4Pk9Vc3\n    secret:\n      nested: value-that-is-long\n";
  std::string out = s.scrub_source(text);
  CHECK(std::count(out.begin(), out.end(), '\n') == std::count(text.begin(), text.end(), '\n'));
  CHECK_FALSE(holds(out, "Xk7pQ2vL9mN4"));
  CHECK_FALSE(holds(out, "Bz5Qm8Lx2Wr7"));
  CHECK(holds(out, "my-res"));
  CHECK(holds(out, "nested: value-that-is-long"));  // a key on the next line is no value
}

TEST_CASE("scrub: the secrets a config and its environment hold", "[scrub]") {
  LoadResult r = load_and_classify(test::src("model_list:\n"
                                         "  - model_name: m\n"
                                         "    litellm_params:\n"
                                         "      model: azure/gpt-4o\n"
                                         "      api_key: os.environ/MY_AZURE_KEY\n"
                                         "      client_secret: literal-client-secret\n"
                                         "      extra_headers: {Authorization: \"Bearer header-token-123\", X-Trace: trace-id-4567}\n"
                                         "litellm_settings:\n"
                                         "  langfuse_secret_key: lf-secret-0042\n"
                                         "  max_tokens: \"100000000\"\n",
                                         "config.yaml"),
                                 GatewayForm{}, Limits{});
  REQUIRE(r.doc.gateway);
  REQUIRE(r.doc.gateway->id() == "litellm");
  Env env;
  env.add({"MY_AZURE_KEY", "value-of-my-azure-key", "", 0});
  env.add({"DB_PASSWORD", "p4ssw0rd-from-env", "", 0});
  env.add({"INSTANCE_NAME", "contoso-eastus", "", 0});
  Scrubber s;
  s.add(known_secrets(r.doc, env));
  const std::string out =
      s.scrub("value-of-my-azure-key literal-client-secret header-token-123 lf-secret-0042 p4ssw0rd-from-env");
  for (const char* secret : {"value-of-my", "literal-clie", "header-token", "lf-secret-0", "p4ssw0rd-fro"})
    CHECK_FALSE(holds(out, secret));
  CHECK(s.scrub("contoso-eastus trace-id-4567 100000000 os.environ/MY_AZURE_KEY") ==
        "contoso-eastus trace-id-4567 100000000 os.environ/MY_AZURE_KEY");
}

TEST_CASE("scrub: control characters are shown escaped, line breaks only where allowed", "[scrub]") {
  CHECK(escape_controls("group \"\x1b[2J\x1b[1;1HALL CLEAN\"") == "group \"\\x1b[2J\\x1b[1;1HALL CLEAN\"");
  CHECK(escape_controls("a\nb\tc\rd\x7f") == "a\\nb\\tc\\rd\\x7f");
  CHECK(escape_controls("a\nb\tc", "\n\t") == "a\nb\tc");
  CHECK(escape_controls("csi \xC2\x9B" "2J, raw \x9B, overlong \xC0\x9B") == "csi \\u009b2J, raw \\x9b, overlong \\xc0\\x9b");
  CHECK(escape_controls("bidi \xE2\x80\xAE" "txt") == "bidi \\u202etxt");
  CHECK(escape_controls("caf\xC3\xA9 \xE2\x80\x94 ok") == "caf\xC3\xA9 \xE2\x80\x94 ok");
}

TEST_CASE("scrub: thousands of known values sharing a prefix cost linear time, and still mask", "[scrub]") {
  // Compared one by one, 2 000 secrets of 500 'a's and a suffix against 200 000 'a's would take
  // 10^11 steps; past its budget the scrubber masks wholesale from every known prefix.
  Scrubber s;
  const std::string common(500, 'a');
  for (int i = 0; i < 2000; ++i) s.add(common + std::to_string(i) + "z");
  const std::string text = std::string(200000, 'a') + " then " + common + "1999z";
  std::string out = s.scrub(text);
  CHECK(out.find("1999z") == std::string::npos);
  CHECK(out.find(common) == std::string::npos);
}
