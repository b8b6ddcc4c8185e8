// The `.env` beside a config, as dotenv reads simple lines (the show oracles give both azlint and
// the gateway the same variables).
import fs from "node:fs";
import path from "node:path";

/** {NAME: value} of the `.env` in the directory of file (absolute), {} when there is none. */
export function dotenvBeside(file) {
  const p = path.join(path.dirname(file), ".env");
  const env = {};
  if (!fs.existsSync(p)) return env;
  for (const line of fs.readFileSync(p, "utf8").split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    if (/^(['"]).*\1$/.test(v)) v = v.slice(1, -1);
    else v = v.replace(/\s+#.*$/, "");
    env[m[1]] = v;
  }
  return env;
}
