#!/usr/bin/env bash
# Installs what building and testing Leerregie needs on Debian 12, from Debian's packages and npm.
# Run as root. Already installed packages are left alone, so a second run takes seconds.
#   scripts/setup.sh          tools for building and serving the web app
#   scripts/setup.sh --test   also the tools for the native tests, the fuzzers and the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake make g++ python3 xz-utils emscripten nlohmann-json3-dev fonttools fonts-noto-core brotli)
if [ "${1:-}" = "--test" ]; then
    packages+=(doctest-dev clang-14 clang-format libclang-rt-14-dev chromium python3-jsonschema)
fi
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "setup: missing Debian packages: ${missing[*]}; run this script as root to install them" >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

scripts/fetch-source.sh imgui
scripts/fetch-source.sh qrcodegen
scripts/fetch-source.sh quirc

# package-lock.json pins, with their integrity hashes, Closure Compiler (the web build runs it over
# leerregie.js) and the tests' and the benchmark's tools (playwright-core, axe-core, lighthouse,
# SurveyJS).
if ! npm ls --silent >/dev/null 2>&1; then
    npm ci --no-audit --no-fund --loglevel=error
fi
