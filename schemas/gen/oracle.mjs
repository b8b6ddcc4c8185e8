#!/usr/bin/env node
// The gateways' own validators as a command-line oracle.
//
//   node schemas/gen/oracle.mjs librechat@0.8.524 path/to/librechat.yaml
//   node schemas/gen/oracle.mjs openclaw@2026.9.6 path/to/openclaw.json
//
// Prints {"target", "accepts", "outcome", "stage", "errors": [{"path": [...], "message"}]}:
// accepts is what the gateway's start-up validation decides (lib/oracle-librechat.mjs and
// lib/oracle-openclaw.mjs say what each mirrors). Exit 0 accepted, 1 rejected, 2 bad usage or
// an oracle failure, 77 the pinned packages are not installed (npm ci in schemas/gen).
import fs from "node:fs";
import { SKIP_EXIT, SKIP_MESSAGE, installed, parseTarget } from "./lib/pins.mjs";

const [targetText, file] = process.argv.slice(2);
if (!targetText || !file) {
  console.error("usage: node schemas/gen/oracle.mjs GATEWAY@VERSION FILE");
  process.exit(2);
}
if (!installed()) {
  console.error(SKIP_MESSAGE);
  process.exit(SKIP_EXIT);
}
const target = parseTarget(targetText);
if (target instanceof Error) {
  console.error(target.message);
  process.exit(2);
}
if (!fs.existsSync(file)) {
  console.error(`no such file: ${file}`);
  process.exit(2);
}

let verdict;
try {
  if (target.gateway === "librechat") {
    const { validateLibreChat } = await import("./lib/oracle-librechat.mjs");
    verdict = validateLibreChat(target.release, file);
  } else {
    const { validateOpenClaw } = await import("./lib/oracle-openclaw.mjs");
    verdict = validateOpenClaw(target.release, file, process.env);
  }
} catch (e) {
  console.error(`oracle failed: ${e.message}`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ target: `${target.gateway}@${target.release.version}`, ...verdict }, null, 2)}\n`);
process.exit(verdict.accepts ? 0 : 1);
