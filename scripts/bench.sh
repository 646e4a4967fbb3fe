#!/usr/bin/env bash
# Measures the web app (sizes, first frame, idle frames, scrolling, Lighthouse) next to the same
# questionnaire in SurveyJS, and prints the figures. `--check` fails when a budget in
# bench/budgets.json is broken; `--sizes-only` measures the download alone, without a browser.
# Builds dist/ with the web preset first when it is missing. Other options: see bench/web.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
[ -d node_modules/lighthouse ] && [ -d node_modules/survey-js-ui ] || npm ci --no-audit --no-fund --loglevel=error
exec node bench/web.mjs "$@"
