// azlint for VS Code: launches `azlint lsp` for gateway configs; everything else is the server's.
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

// The file names azlint knows a dialect by (the same list as the pre-commit hook).
const PATTERNS = [
  "**/librechat*.{yaml,yml}",
  "**/openclaw*.{json,json5}",
  "**/litellm*.{yaml,yml}",
  "**/{proxy_config,config}.{yaml,yml}",
];

let client;

function activate(context) {
  const cfg = vscode.workspace.getConfiguration("azlint");
  const args = ["lsp"];
  if (cfg.get("logFile")) args.push("--log", cfg.get("logFile"));
  const serverOptions = { command: cfg.get("path") || "azlint", args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: PATTERNS.map((pattern) => ({ scheme: "file", pattern })),
    synchronize: {
      // .azlint.yaml and env files change the findings: the server re-reads them
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{.azlint.yaml,.azlint.yml,.env,.env.*,*.env}"),
    },
  };
  client = new LanguageClient("azlint", "azlint", serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
