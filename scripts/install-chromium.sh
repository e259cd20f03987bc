#!/usr/bin/env bash
# Installs Debian's Chromium (and a basic font) for the headless browser tests.
# Idempotent: quiet and fast when Chromium is already there.
# Browser downloads (npx playwright install) can't work on our machines; we use
# the system package. Set CHROMIUM_PATH to use a Chromium that lives elsewhere.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

PACKAGES=(chromium fonts-dejavu-core)
install_cmd="apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES[*]}"

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup:browser: $CHROMIUM not found and apt-get is not available." >&2
  echo "Install Chromium yourself and set CHROMIUM_PATH=/path/to/chromium." >&2
  exit 1
fi

echo "setup:browser: installing Chromium with apt-get (takes about a minute the first time)..."
if [ "$(id -u)" -eq 0 ]; then
  bash -c "$install_cmd"
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo -n env DEBIAN_FRONTEND=noninteractive bash -c "$install_cmd"
else
  echo "setup:browser: $CHROMIUM not found, and installing it needs root." >&2
  echo "Run:  sudo apt-get update && sudo apt-get install -y chromium fonts-dejavu-core" >&2
  echo "or set CHROMIUM_PATH=/path/to/chromium." >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "setup:browser: apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "setup:browser: $("$CHROMIUM" --version 2>/dev/null | tail -n 1)"
