#!/usr/bin/env bash
# Sets up and runs every test: the C++'s formatting, the native unit tests (CTest), the same under
# ASan and UBSan, the parser fuzzers for a bounded time, and the browser tests against the built web
# app in headless Chromium. Logs and screenshots go to test-artifacts/. Exits non-zero when anything fails.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
artifacts="$PWD/test-artifacts"
rm -rf "$artifacts"
mkdir -p "$artifacts"

scripts/setup.sh --test || { echo "test: setup failed"; exit 1; }

passed=0
failed=0
stages=()

# Runs one stage, keeps its log, and adds the counts its test runner reports.
stage() {
    local name="$1"
    shift
    local log="$artifacts/$name.log"
    echo "== $name"
    local start=$SECONDS
    "$@" > "$log" 2>&1
    local status=$?
    local stage_passed=0 stage_failed=0
    if grep -qE '^[0-9]+% tests passed' "$log"; then
        local summary total
        summary=$(grep -E '^[0-9]+% tests passed' "$log" | tail -n 1)
        stage_failed=$(echo "$summary" | sed -E 's/.*, ([0-9]+) tests? failed out of ([0-9]+).*/\1/')
        total=$(echo "$summary" | sed -E 's/.*out of ([0-9]+).*/\1/')
        stage_passed=$((total - stage_failed))
    elif grep -qE '^# pass [0-9]+' "$log"; then
        stage_passed=$(grep -E '^# pass [0-9]+' "$log" | tail -n 1 | awk '{print $3}')
        stage_failed=$(grep -E '^# fail [0-9]+' "$log" | tail -n 1 | awk '{print $3}')
    fi
    if [ $status -ne 0 ] && [ "$stage_failed" -eq 0 ]; then
        stage_failed=1
    fi
    passed=$((passed + stage_passed))
    failed=$((failed + stage_failed))
    local verdict=ok
    [ $status -eq 0 ] || verdict=FAILED
    stages+=("$(printf '%-10s %-6s %4s passed %4s failed %5ss' "$name" "$verdict" "$stage_passed" "$stage_failed" $((SECONDS - start)))")
    if [ $status -ne 0 ]; then
        if grep -q '^not ok' "$log"; then
            echo "-- $name failed; the failing tests in $log:"
            awk '/^not ok/ { shown = 1 } shown { print } shown && /^  \.\.\.$/ { shown = 0 }' "$log" | head -n 150
        else
            echo "-- $name failed; the end of $log:"
            tail -n 40 "$log"
        fi
    fi
}

# The C++ as the repository's .clang-format lays it out (Debian's clang-format 14): --Werror names
# each file and line that differs.
format_check() {
    find src tests bench \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 clang-format --dry-run --Werror
}
native() { cmake --preset "$1" && cmake --build --preset "$1" -j 2 && ctest --preset "$1" -j 2; }
web() { cmake --preset web && cmake --build --preset web -j 2; }
# The download budget of bench/budgets.json, from the files' sizes alone (no timing, deterministic).
sizes() { node bench/web.mjs --sizes-only --check; }
browser() {
    ARTIFACTS="$artifacts" node --test --test-concurrency=1 --test-reporter=tap tests/browser/
}

stage format format_check
stage unit native native
stage sanitizer native asan
stage fuzz native fuzz
stage web web
if [ -f dist/index.html ]; then
    stage sizes sizes
    stage browser browser
else
    stages+=("sizes      SKIPPED: no web build")
    stages+=("browser    SKIPPED: no web build")
    failed=$((failed + 2))
fi

echo
echo "Summary (logs and screenshots in test-artifacts/):"
printf '  %s\n' "${stages[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
