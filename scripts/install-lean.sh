#!/usr/bin/env bash
# Install the Lean toolchain pinned in lean-toolchain (through elan), fetch the
# prebuilt Mathlib cache and build the Hopfield library.
#
# Usage: scripts/install-lean.sh
# Needs: curl, git, internet access. Idempotent: an existing elan is reused.
# Afterwards `lake env lean --json FILE.lean` runs the bridge harness and
# `python -m pytest -m lean` runs the Lean-backed tests.
set -euo pipefail

ELAN_INIT_URL="https://raw.githubusercontent.com/leanprover/elan/master/elan-init.sh"

say() { printf '==> %s\n' "$*"; }
die() { printf 'install-lean: error: %s\n' "$*" >&2; exit 1; }

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

[ -f lean-toolchain ] || die "no lean-toolchain file in $repo_root"
toolchain="$(tr -d '[:space:]' < lean-toolchain)"
[ -n "$toolchain" ] || die "lean-toolchain is empty"

export PATH="${ELAN_HOME:-$HOME/.elan}/bin:$PATH"

if command -v elan >/dev/null 2>&1; then
  say "elan already installed: $(elan --version)"
else
  command -v curl >/dev/null 2>&1 || die "curl is needed to download elan"
  say "Installing elan with default toolchain $toolchain"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  curl -sSfL "$ELAN_INIT_URL" -o "$tmp/elan-init.sh" \
    || die "could not download $ELAN_INIT_URL"
  sh "$tmp/elan-init.sh" -y --no-modify-path --default-toolchain "$toolchain" \
    || die "elan-init.sh failed"
  command -v elan >/dev/null 2>&1 \
    || die "elan is not on PATH after installation (expected in ${ELAN_HOME:-$HOME/.elan}/bin)"
fi

say "Installing toolchain $toolchain (no-op when present)"
elan toolchain install "$toolchain"

say "Toolchain in use: $(lean --version)"

say "Fetching the prebuilt Mathlib cache (lake exe cache get)"
lake exe cache get || die "lake exe cache get failed; check network access"

say "Building the library (lake build)"
lake build || die "lake build failed"

say "Done. Add ${ELAN_HOME:-$HOME/.elan}/bin to PATH to use lake and lean in new shells."
