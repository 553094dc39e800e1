# Shared by the scripts: paths, the tool PATH, and step/phase reporting. Source it; don't run it.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/tools/node_modules/binaryen/bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"

# The bundled app's release build only (scripts/build) uses a pinned nightly: it rebuilds the
# standard library for size (-Zbuild-std) with panics that abort at once and no panic locations
# or Debug text, about 18 KB brotli less than stable. The library, its tests and clippy use the
# stable toolchain. Installed by scripts/setup.
APP_TOOLCHAIN="nightly-2026-03-01"

# Runs the app's release build (a command such as `trunk build --release`) with that toolchain.
with_app_toolchain() {
  local registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
  RUSTUP_TOOLCHAIN="$APP_TOOLCHAIN" \
    CARGO_TARGET_DIR="$ROOT/target/app" \
    CARGO_UNSTABLE_BUILD_STD="std,panic_abort" \
    CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size" \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --remap-path-prefix=$registry=/crates --remap-path-prefix=$ROOT=/app" \
    "$@"
}

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
note() { printf '    %s\n' "$*"; }

# Runs a named phase and reports how long it took. The command runs in the background and is
# waited for: bash defers traps while a foreground child runs, so this is what lets a SIGTERM or
# Ctrl-C reach the caller's cleanup at once instead of after the phase.
phase() {
  local name="$1"; shift
  local start=$SECONDS status=0
  step "$name"
  "$@" &
  wait $! || status=$?
  local took=$((SECONDS - start))
  printf '    %s: %ss%s\n' "$name" "$took" "$([ $status -eq 0 ] || echo " (failed: $status)")"
  PHASE_TIMES+=("$name: ${took}s")
  return $status
}
PHASE_TIMES=()

# Kills every process this script started (children, grandchildren…), e.g. on Ctrl-C.
kill_tree() {
  local pid child
  for pid in "$@"; do
    for child in $(pgrep -P "$pid" 2>/dev/null); do
      kill_tree "$child"
      kill -TERM "$child" 2>/dev/null || true
    done
  done
}

# The wasm-bindgen version in Cargo.lock (the CLI must match it exactly).
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}
