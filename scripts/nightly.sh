# Sourced by scripts/setup and scripts/build: the optional nightly build of the WebAssembly
# (the standard library rebuilt for size, panics that trap at once). One definition of its
# settings, so setup fetches exactly what the build will need.

# Runs a command with the nightly build's settings.
nightly_env() {
  RUSTUP_TOOLCHAIN=nightly \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    "$@"
}

# Whether nightly has every part the build needs: the compiler, its std sources and the wasm
# target, and a compiler that knows the immediate-abort panic strategy.
nightly_usable() {
  rustup run nightly rustc --version >/dev/null 2>&1 &&
    rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src' &&
    rustup target list --toolchain nightly --installed 2>/dev/null | grep -qx wasm32-unknown-unknown &&
    rustup run nightly rustc -Zunstable-options -Cpanic=immediate-abort \
      --target wasm32-unknown-unknown --print cfg >/dev/null 2>&1
}

# Whether every crate the nightly build needs, the standard library's own included, is already
# on this machine (builds run offline).
nightly_fetched() {
  nightly_env cargo fetch --locked --offline -q --target wasm32-unknown-unknown >/dev/null 2>&1
}
