-- azlint for Neovim's built-in LSP client (Neovim 0.7 and later): live diagnostics, hover
-- (`K`), quick fixes (`vim.lsp.buf.code_action()`) for LLM-gateway configs.
--
--   require("azlint").setup()            -- with this file at ~/.config/nvim/lua/azlint.lua
--   dofile("/path/to/azlint/editors/nvim/azlint.lua").setup()   -- or straight from a checkout
--
-- setup{ cmd = {...}, patterns = {...} } overrides the command (default `azlint lsp`, found on
-- PATH) or the file names the server is started for (default: azlint's list of config names,
-- `azlint config-names`; a config.yaml only when it holds `model_list:`).
-- setup{ init_options = { azlint = { verify = true } } } turns on the `azlint.verify` command and
-- its code lens (the one action that sends a key over the network: `vim.lsp.codelens.refresh()`,
-- then `vim.lsp.codelens.run()`).
local M = {}

M.patterns = {
  "librechat*.yaml", "librechat*.yml",
  "openclaw*.json", "openclaw*.json5",
  "litellm*.yaml", "litellm*.yml", "proxy_config.yaml", "proxy_config.yml",
  "config.yaml", "config.yml",
}
-- A generic name is a gateway's config only when a line starts so (as `azlint check` decides,
-- lint/config_names: a config.yaml is LiteLLM's when it holds `model_list:`).
M.needs_line = { ["config.yaml"] = "model_list:", ["config.yml"] = "model_list:" }
M.cmd = { "azlint", "lsp" }

local uv = vim.loop

-- The nearest folder above the file holding .azlint.yaml or .git; else the file's folder.
local function root_dir(path)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  local d = dir
  while d and d ~= "" do
    for _, marker in ipairs({ ".azlint.yaml", ".azlint.yml", ".git" }) do
      if uv.fs_stat(d .. "/" .. marker) then return d end
    end
    local parent = vim.fn.fnamemodify(d, ":h")
    if parent == d then break end
    d = parent
  end
  return dir
end

local clients = {}  -- root -> client id (Neovim 0.7, which has no vim.lsp.start)

-- Starts (or reuses) the server for a buffer and attaches it; returns the client id.
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == "" then return nil end
  local config = {
    name = "azlint",
    cmd = M.cmd,
    root_dir = root_dir(name),
    init_options = M.init_options,
    on_attach = function(_, b)
      -- completion of keys from the schema with <C-x><C-o>
      vim.api.nvim_buf_set_option(b, "omnifunc", "v:lua.vim.lsp.omnifunc")
    end,
  }
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  local id = clients[config.root_dir]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    clients[config.root_dir] = id
  end
  if id then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

-- Whether the buffer is a gateway's config: its name is one of the list, and a generic name's
-- buffer holds the line that makes it one.
function M.is_config(bufnr)
  local base = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":t")
  local needs = M.needs_line[base]
  if not needs then return true end
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    if line:sub(1, #needs) == needs then return true end
  end
  return false
end

function M.setup(opts)
  opts = opts or {}
  if opts.cmd then M.cmd = opts.cmd end
  if opts.init_options then M.init_options = opts.init_options end
  local group = vim.api.nvim_create_augroup("azlint", { clear = true })
  -- on opening, and on writing (a new config.yaml gets its `model_list:` later)
  vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile", "BufWritePost" }, {
    group = group,
    pattern = opts.patterns or M.patterns,
    callback = function(args)
      if vim.b[args.buf].azlint_attached or not M.is_config(args.buf) then return end
      if M.start(args.buf) then vim.b[args.buf].azlint_attached = true end
    end,
  })
end

return M
