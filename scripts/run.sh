#!/usr/bin/env bash
# Sets up, builds the web app into dist/ and serves it on http://127.0.0.1:8080/ (PORT overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset web >/dev/null
cmake --build --preset web
exec python3 scripts/serve.py dist
