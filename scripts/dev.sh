#!/usr/bin/env bash
# The project's one entry point on a fresh machine: brings the toolchain the project is developed with
# (Node 24, the pinned pnpm) into the git-ignored folder .tools/ when the machine lacks it, installs the
# workspace, then runs `pnpm <args>`. The system's node is never replaced. See docs/toolchain.md.
#
#   bash scripts/dev.sh demo    # build and serve the demo page
#   bash scripts/dev.sh test    # every check; ends with "N passed, N failed"
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

NODE_MAJOR=24      # Active LTS; the development tools (tsup 9, size-limit 14, wtr 1) need it
NODE22_MAJOR=22    # the oldest supported line: core's tests also run on it
PNPM_VERSION=10.34.9

say() { printf '\n▶ %s\n' "$*" >&2; }

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Node: the machine's when it is new enough, otherwise the registry's `node` package into .tools/node.
if [ "$(node_major node)" -lt "$NODE_MAJOR" ]; then
  if [ ! -x .tools/node/node_modules/.bin/node ] || [ "$(node_major .tools/node/node_modules/.bin/node)" != "$NODE_MAJOR" ]; then
    say "Node $(node --version 2>/dev/null || echo '(none)') is older than $NODE_MAJOR: installing node@$NODE_MAJOR into .tools/node"
    npm install --prefix .tools/node --no-save --no-audit --no-fund "node@$NODE_MAJOR" >&2
  fi
  export PATH="$root/.tools/node/node_modules/.bin:$PATH"
fi

# Node 22 for the core tests on the oldest supported line (for `test`, and `release`, which runs them).
if { [ "${1:-}" = test ] || [ "${1:-}" = release ]; } && [ ! -x .tools/node22/node_modules/.bin/node ]; then
  say "Installing node@$NODE22_MAJOR into .tools/node22 (core's tests run on it too)"
  npm install --prefix .tools/node22 --no-save --no-audit --no-fund "node@$NODE22_MAJOR" >&2 ||
    echo "Could not install node@$NODE22_MAJOR; the core tests on Node 22 will be reported as failed." >&2
fi

# pnpm, pinned, into .tools/pnpm (not corepack: it rejects the registry's signatures here).
if [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  if [ "$(.tools/pnpm/node_modules/.bin/pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    say "Installing pnpm@$PNPM_VERSION into .tools/pnpm"
    npm install --prefix .tools/pnpm --no-save --no-audit --no-fund "pnpm@$PNPM_VERSION" >&2
  fi
  export PATH="$root/.tools/pnpm/node_modules/.bin:$PATH"
fi

say "node $(node --version), pnpm $(pnpm --version): pnpm install"
pnpm install --frozen-lockfile >&2
[ $# -eq 0 ] && exit 0
exec pnpm "$@"
