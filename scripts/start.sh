#!/usr/bin/env bash
# `npm start`: build both browsers' extensions, then open Chromium with Communiqué loaded on a
# sample page. Without Chromium (or without a display) it says where the build is and how to load it.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
chrome_dir="$PWD/.output/chrome-mv3"
browser="${CHROMIUM_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
cat <<EOM

Built:
  Chrome/Edge/Chromium: $chrome_dir   (chrome://extensions → Developer mode → Load unpacked)
  Firefox:              $PWD/.output/firefox-mv3/manifest.json   (about:debugging → This Firefox → Load Temporary Add-on)
  Zips for the stores:  $PWD/.output/*.zip
EOM
if [ -z "$browser" ] || { [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; }; then
  echo "No browser window can be opened here (no Chromium or no display); load the folder above by hand."
  exit 0
fi
profile="$PWD/.cache/chromium-profile"
mkdir -p "$profile"
# Branded Chrome ignores --load-extension since version 137; Chromium and Chrome for Testing honour it.
exec "$browser" --user-data-dir="$profile" --disable-extensions-except="$chrome_dir" --load-extension="$chrome_dir" \
  --no-first-run "${1:-https://eu.china-mission.gov.cn/eng/mh/}"
