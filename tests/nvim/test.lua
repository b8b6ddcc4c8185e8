-- Run by tests/nvim/run.sh in `nvim --headless -u NONE`: editors/nvim/azlint.lua is the only
-- configuration. Prints one line per check and exits non-zero on any failure.
local src, work = os.getenv("AZLINT_NVIM_SRC"), os.getenv("AZLINT_NVIM_WORK")
local failures = 0
local function out(fmt, ...) io.stdout:write(string.format(fmt, ...) .. "\n") end
local function check(cond, what)
  if cond then out("ok: %s", what) else failures = failures + 1; out("FAIL: %s", what) end
end

-- The mock Azure server (tests/verify/serve_mock.py), when run.sh could start it.
local mock
if os.getenv("AZLINT_NVIM_MOCK") then
  mock = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv("AZLINT_NVIM_MOCK")), "\n"))
end

local function run()
  local setup = {}
  if mock then
    setup.init_options = { azlint = { verify = true, cacert = mock.cacert, timeout = 5, deadline = 20,
                                      connect_to = { "::127.0.0.1:" .. mock.https_port } } }
  end
  dofile(src .. "/editors/nvim/azlint.lua").setup(setup)
  vim.cmd("edit " .. work .. "/librechat.yaml")
  local buf = vim.api.nvim_get_current_buf()
  local function by_code(code)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == code then return d end
    end
  end
  local function dump()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      out("  diagnostic %s %d:%d-%d:%d %s", d.code, d.lnum, d.col, d.end_lnum, d.end_col, d.source or "")
    end
  end

  check(vim.wait(20000, function() return by_code("yaml-implicit-type") and by_code("librechat/duplicate-group") end, 50),
        "diagnostics arrive")
  check(#vim.lsp.get_active_clients() == 1, "one azlint client for librechat.yaml")
  dump()
  local date = by_code("yaml-implicit-type")
  local dup = by_code("librechat/duplicate-group")
  if not (date and dup) then return end
  -- The server sends UTF-16 columns; Neovim converts them to bytes. The date follows CJK and
  -- an emoji: UTF-16 column 90 is byte 96.
  -- (Neovim keeps the byte columns only: ask the server directly for the UTF-16 range.)
  local pulled = vim.lsp.buf_request_sync(buf, "textDocument/diagnostic",
    { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000) or {}
  local lsp_date
  for _, r in pairs(pulled) do
    for _, d in ipairs(r.result and r.result.items or {}) do
      if d.code == "yaml-implicit-type" then lsp_date = d end
    end
  end
  check(lsp_date and lsp_date.range.start.line == 6 and lsp_date.range.start.character == 90
        and lsp_date.range["end"].character == 100, "yaml-implicit-type range in UTF-16 (6:90-6:100)")
  if not lsp_date then return end
  check(date.lnum == 6 and date.col == 96 and date.end_col == 106, "yaml-implicit-type at bytes 6:96-6:106")
  check(date.severity == vim.diagnostic.severity.ERROR and date.source == "azlint", "severity error, source azlint")
  check(dup.lnum == 7 and dup.col == 15 and dup.end_col == 27, "duplicate-group on the second \"西部🚀\" (bytes 7:15-7:27)")
  local related = dup.user_data and dup.user_data.lsp and dup.user_data.lsp.relatedInformation or {}
  check(related[1] and related[1].location.range.start.line == 6, "related information points at the first definition")

  -- Hover on the key `version` of the first group (through the client's request path).
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover", {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = { line = 6, character = 82 },
  }, 10000) or {}
  local hover_text = ""
  for _, r in pairs(hover) do
    if r.result and r.result.contents then hover_text = r.result.contents.value or "" end
  end
  check(hover_text:find("/endpoints/azureOpenAI/groups/0/version", 1, true) ~= nil, "hover shows the schema of the key")

  -- The quick fix, through the client: ask for code actions and apply the edit.
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = lsp_date.range,
    context = { diagnostics = { lsp_date } },
  }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 10000) or {}
  local action
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      if a.edit and a.title == "quote the value" then action = a end
    end
  end
  check(action ~= nil, "a quick fix is offered for the unquoted date")
  if not action then return end
  vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
  check(vim.api.nvim_buf_get_lines(buf, 6, 7, false)[1]:find('version: "2024-10-21"', 1, true) ~= nil,
        "the fix quoted the date in the buffer")
  check(vim.wait(10000, function() return by_code("yaml-implicit-type") == nil end, 50), "the fixed finding goes away")
  check(by_code("librechat/duplicate-group") ~= nil, "the other finding stays")

  -- An edit typed into the buffer: rename the second group.
  vim.api.nvim_buf_set_lines(buf, 7, 8, false, { '      - group: "东部"' })
  check(vim.wait(10000, function() return #vim.diagnostic.get(buf) == 0 end, 50), "no diagnostics left after the rename")
  dump()

  -- Hover on the model key `gpt-4o-mini:` (line 13): its resolved request and where each part came from.
  local req_text = ""
  for _, r in pairs(vim.lsp.buf_request_sync(buf, "textDocument/hover", {
    textDocument = vim.lsp.util.make_text_document_params(buf), position = { line = 12, character = 12 } }, 10000) or {}) do
    if r.result and r.result.contents then req_text = r.result.contents.value or "" end
  end
  check(req_text:find("POST https://contoso-eastus.openai.azure.com/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21", 1, true) ~= nil,
        "hover shows the model's resolved request")
  check(req_text:find("${WESTUS_KEY}", 1, true) ~= nil and req_text:find("test-key-valid", 1, true) == nil,
        "hover names the key's variable, never its value")

  -- The verify command through its code lens, against the mock server (initializationOptions).
  if mock then
    local lens
    for _, r in pairs(vim.lsp.buf_request_sync(buf, "textDocument/codeLens",
      { textDocument = vim.lsp.util.make_text_document_params(buf) }, 10000) or {}) do
      for _, l in ipairs(r.result or {}) do
        if l.range.start.line == 12 then lens = l end
      end
    end
    check(lens ~= nil and lens.command.command == "azlint.verify", "a verify code lens on gpt-4o-mini")
    if lens then
      vim.lsp.buf_request_sync(buf, "workspace/executeCommand", lens.command, 10000)
      check(vim.wait(20000, function() return by_code("verify/ok") ~= nil end, 50), "verify/ok arrives from the mock server")
      local ok = by_code("verify/ok")
      check(ok and ok.lnum == 12 and ok.severity == vim.diagnostic.severity.INFO, "verify/ok on the model key, as information")
      vim.api.nvim_buf_set_lines(buf, 10, 11, false, { '        version: "2024-10-21"  # probed' })
      check(vim.wait(10000, function() return by_code("verify/ok") == nil end, 50), "the next edit clears verify/ok")
    end
  else
    out("skipped: the verify command (no python3 or openssl for the mock server)")
  end

  -- OpenClaw (openclaw.json, JSON5 loader): store switched on for a provider that reaches Azure.
  vim.cmd("edit " .. work .. "/openclaw.json")
  local ocbuf = vim.api.nvim_get_current_buf()
  local function oc_store()
    for _, d in ipairs(vim.diagnostic.get(ocbuf)) do
      if d.code == "openclaw/store-unsupported" then return d end
    end
  end
  check(vim.wait(20000, function() return oc_store() ~= nil end, 50), "openclaw.json: openclaw/store-unsupported arrives")
  local store = oc_store()
  if not store then return end
  -- `true` after an em dash and CJK: UTF-16 column 80 is byte 86
  check(store.lnum == 7 and store.col == 86 and store.end_col == 90, "openclaw/store-unsupported at bytes 7:86-7:90")
  check(store.severity == vim.diagnostic.severity.WARN, "openclaw/store-unsupported is a warning")
  -- apply the server's quick fix when the rule has one, else edit as a user would
  local oc_params = {
    textDocument = vim.lsp.util.make_text_document_params(ocbuf),
    range = { start = { line = 7, character = 80 }, ["end"] = { line = 7, character = 84 } },
    context = { diagnostics = {} },
  }
  local applied = false
  for _, r in pairs(vim.lsp.buf_request_sync(ocbuf, "textDocument/codeAction", oc_params, 10000) or {}) do
    for _, a in ipairs(r.result or {}) do
      if not applied and a.edit and a.diagnostics and a.diagnostics[1] and a.diagnostics[1].code == "openclaw/store-unsupported" then
        vim.lsp.util.apply_workspace_edit(a.edit, "utf-16")
        applied = true
      end
    end
  end
  if not applied then vim.api.nvim_buf_set_text(ocbuf, 7, 86, 7, 90, { "false" }) end
  check(vim.wait(10000, function() return oc_store() == nil end, 50), "openclaw/store-unsupported goes away after the fix")

  -- A config.yaml attaches only when it is LiteLLM's (`model_list:`), as `azlint check` decides.
  local function write(path, text)
    vim.fn.mkdir(vim.fn.fnamemodify(path, ":h"), "p")
    local f = assert(io.open(path, "w")); f:write(text); f:close()
  end
  local function attached(b) return next(vim.lsp.buf_get_clients(b)) ~= nil end
  write(work .. "/app/config.yaml", "log_level: debug\nserver: {port: 8080}\n")
  write(work .. "/proxy/config.yaml", "model_list:\n  - model_name: a\n    litellm_params: {model: azure/a}\n")
  vim.cmd("edit " .. work .. "/app/config.yaml")
  local app = vim.api.nvim_get_current_buf()
  vim.cmd("edit " .. work .. "/proxy/config.yaml")
  local proxy = vim.api.nvim_get_current_buf()
  check(vim.wait(10000, function() return attached(proxy) end, 50), "azlint attaches to a config.yaml holding model_list:")
  check(vim.wait(10000, function() return #vim.diagnostic.get(proxy) > 0 end, 50), "and shows its diagnostics")
  check(not attached(app), "azlint does not attach to another config.yaml")
  -- the other config.yaml becomes LiteLLM's: attached when written
  vim.cmd("buffer " .. app)
  vim.api.nvim_buf_set_lines(app, 0, 0, false, { "model_list: []" })
  vim.cmd("silent write")
  check(vim.wait(10000, function() return attached(app) end, 50), "attached once model_list: is written")
end

-- From the event loop, not from the `-c` command line (Neovim 0.7 can drop the answer to
-- `initialize` when the server replies while a command-line script is still running).
vim.schedule(function()
  local ok, err = pcall(run)
  if not ok then
    failures = failures + 1
    out("FAIL: error: %s", tostring(err))
  end
  out(failures == 0 and "nvim test passed" or ("nvim test: %d failure(s)"):format(failures))
  vim.cmd(failures == 0 and "qa!" or "cquit! 1")
end)
