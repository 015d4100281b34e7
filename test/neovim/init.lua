-- Headless Neovim as an LSP client of the Summit Fact Check language server.
--   SFC_NODE=node SFC_SERVER=dist/server.js SFC_FILE=draft.md SFC_OUT=out.json \
--     nvim --headless --clean -c 'luafile test/neovim/init.lua'
-- Opens SFC_FILE, attaches `SFC_NODE SFC_SERVER --stdio` to its buffer (vim.lsp.start on
-- Neovim 0.8+, vim.lsp.start_client + vim.lsp.buf_attach_client on 0.7), waits (vim.wait,
-- polling vim.diagnostic) for the diagnostics, and writes them as JSON to SFC_OUT. Exits 0, or
-- 1 after writing { "error": ... }.
local out = assert(os.getenv('SFC_OUT'), 'SFC_OUT is not set')
local timeout = tonumber(os.getenv('SFC_TIMEOUT_MS') or '30000')

local function write(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
end

local function main()
  local node = os.getenv('SFC_NODE') or 'node'
  local server = assert(os.getenv('SFC_SERVER'), 'SFC_SERVER is not set')
  local file = assert(os.getenv('SFC_FILE'), 'SFC_FILE is not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  vim.bo.filetype = 'markdown'
  local bufnr = vim.api.nvim_get_current_buf()
  local config = {
    name = 'summit-fact-check',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  }
  local api, client_id
  if vim.lsp.start then
    api = 'vim.lsp.start'
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    api = 'vim.lsp.start_client'
    client_id = vim.lsp.start_client(config)
    assert(client_id, 'vim.lsp.start_client failed')
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'vim.lsp.buf_attach_client failed')
  end
  local arrived = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  local client = vim.lsp.get_client_by_id(client_id)
  local result = {
    nvim = vim.version(),
    api = api,
    server = (client and client.server_info) or vim.NIL,
    offset_encoding = client and client.offset_encoding or vim.NIL,
    timed_out = not arrived,
    diagnostics = {},
  }
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, message = d.message, source = d.source,
      code = d.code or lsp.code or vim.NIL,
    })
  end
  write(result)
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.client_is_stopped(client_id) end, 50)
end

local ok, err = pcall(main)
if ok then
  vim.cmd('qall!')
else
  write({ error = tostring(err) })
  vim.cmd('cquit 1')
end
