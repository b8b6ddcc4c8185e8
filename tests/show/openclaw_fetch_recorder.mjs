// Preloaded into openclaw (`node --import`) by tests/show/openclaw_oracle.mjs: every request the
// gateway sends is recorded and answered with a canned 404 "model not found", so nothing leaves the
// process and OpenClaw moves on to the next fallback model. A line per request goes to stderr:
//   AZLINT-REQUEST {"method", "url", "model", "headers": [names]}
// Header NAMES only, never values; `model` is the body's model field (a deployment or model id).
// OpenClaw's guarded fetch takes a global fetch that carries a `mock` property as is, with no DNS
// lookup and no dispatcher of its own (isMockedFetch in its runtime-fetch); plain http/https
// requests are recorded too and never connect.
import fs from "node:fs";
import http from "node:http";
import https from "node:https";

function record(method, url, headerNames, model = null) {
  const line = { method: String(method).toUpperCase(), url: String(url), model, headers: [...new Set(headerNames.map((h) => String(h).toLowerCase()))].sort() };
  fs.writeSync(2, `\nAZLINT-REQUEST ${JSON.stringify(line)}\n`);
}

const notFound = () =>
  new Response(JSON.stringify({ error: { message: "The model does not exist", type: "invalid_request_error", code: "model_not_found" } }), {
    status: 404,
    headers: { "content-type": "application/json" },
  });

async function recordingFetch(input, init = {}) {
  const request = input instanceof Request ? input : null;
  const headers = new Headers(init.headers ?? request?.headers ?? {});
  let model = null;
  try {
    model = JSON.parse(typeof init.body === "string" ? init.body : "{}").model ?? null;
  } catch {}
  record(init.method ?? request?.method ?? "GET", request ? request.url : input, [...headers.keys()], typeof model === "string" ? model : null);
  return notFound();
}
recordingFetch.mock = {};
globalThis.fetch = recordingFetch;

for (const [mod, scheme] of [[http, "http"], [https, "https"]]) {
  const refuse = (...args) => {
    const [first, second] = args;
    const options = typeof first === "string" || first instanceof URL ? (typeof second === "object" ? second : {}) : (first ?? {});
    const url = typeof first === "string" || first instanceof URL ? String(first) : `${scheme}://${options.hostname ?? options.host}${options.path ?? "/"}`;
    record(options.method ?? "GET", url, Object.keys(options.headers ?? {}));
    throw new Error("azlint oracle: no network");
  };
  mod.request = refuse;
  mod.get = refuse;
}
