# Sourced by the scripts: tools installed by scripts/setup come first on PATH.
# Trunk finds wasm-opt (npm's binaryen) and wasm-bindgen here and never downloads.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
