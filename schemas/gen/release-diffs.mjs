#!/usr/bin/env node
// Runs every snippet under release-diffs/<gateway>/ through the oracle for every pinned release
// of its gateway and compares with release-diffs/<gateway>/expected.json (--write rewrites it).
// Each snippet is valid for some bundled release and invalid for another.
//
//   node schemas/gen/release-diffs.mjs [--write]
//
// Exit 0 all verdicts as expected (or written), 1 a verdict changed, 77 packages not installed.
import fs from "node:fs";
import path from "node:path";
import { formatJson } from "./lib/json.mjs";
import { GATEWAYS, GEN_DIR, SKIP_EXIT, SKIP_MESSAGE, installed } from "./lib/pins.mjs";

if (!installed()) {
  console.log(SKIP_MESSAGE);
  process.exit(SKIP_EXIT);
}
const { validateLibreChat } = await import("./lib/oracle-librechat.mjs");
const { validateOpenClaw } = await import("./lib/oracle-openclaw.mjs");
const ORACLES = { librechat: validateLibreChat, openclaw: validateOpenClaw };

const write = process.argv.includes("--write");
let failures = 0;
for (const [id, gateway] of Object.entries(GATEWAYS)) {
  const dir = path.join(GEN_DIR, "release-diffs", id);
  const expectedFile = path.join(dir, "expected.json");
  const expected = fs.existsSync(expectedFile) ? JSON.parse(fs.readFileSync(expectedFile, "utf8")) : {};
  const actual = {};
  for (const name of fs.readdirSync(dir).filter((n) => n !== "expected.json").sort()) {
    const verdicts = {};
    for (const release of gateway.releases) {
      // a fixed, empty environment: the verdicts must not depend on the caller's variables
      const v = ORACLES[id](release, path.join(dir, name), {});
      verdicts[release.version] = v.accepts ? { accepts: true } : { accepts: false, first_error: v.errors[0] ?? null };
    }
    const accepted = Object.values(verdicts).map((v) => v.accepts);
    if (!accepted.includes(true) || !accepted.includes(false)) {
      console.log(`${id}/${name}: same verdict for every pinned release; not a release difference`);
      failures++;
    }
    actual[name] = verdicts;
    const want = JSON.stringify(expected[name]);
    if (!write && want !== JSON.stringify(verdicts)) {
      console.log(`${id}/${name}: expected ${want ?? "(no entry)"}\n  got ${JSON.stringify(verdicts)}`);
      failures++;
    }
  }
  for (const name of Object.keys(expected)) {
    if (!(name in actual) && !write) {
      console.log(`${id}/${name}: in expected.json but no such snippet`);
      failures++;
    }
  }
  if (write) fs.writeFileSync(expectedFile, formatJson(actual));
  const table = Object.entries(actual).map(([name, v]) => `  ${name}: ${Object.entries(v).map(([r, x]) => `${r} ${x.accepts ? "accepts" : "rejects"}`).join(", ")}`);
  console.log(`${id}:\n${table.join("\n")}`);
}
process.exit(failures ? 1 : 0);
