#!/usr/bin/env bash
# The one test command (`npm test`): types, unit and corpus tests in Node, the production build,
# then the built extension in real Chromium and the CLI over the peer pages.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium not found at ${CHROMIUM_PATH:-/usr/bin/chromium}: install it with 'apt-get install -y chromium' (Debian) or set CHROMIUM_PATH." >&2
  exit 1
fi

echo "== type check"
npx tsc --noEmit
echo "== unit and corpus tests (Node)"
npx vitest run
echo "== production build (Chrome MV3 and Firefox MV3, zipped)"
npm run build --silent
echo "== build checks, end-to-end in Chromium, peer pages"
npx vitest run --config vitest.e2e.config.ts
