#!/usr/bin/env bash
# The Netlify build, produced and checked without deploying (.ci/run): the adapter chosen by
# DEPLOY_TARGET=netlify (astro.config.mjs), the static pages in dist/, and the function that holds
# the on-demand routes (the feedback forms, their actions and /api/feedback/) in .netlify/.
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -rf .netlify
DEPLOY_TARGET=netlify npm run build
test -f dist/index.html || { echo 'Netlify build: no dist/index.html' >&2; exit 1; }
function=$(find .netlify/v1/functions -name '*.mjs' -print -quit 2>/dev/null || true)
test -n "$function" || { echo 'Netlify build: no function in .netlify/v1/functions' >&2; exit 1; }
echo "Netlify build: static site in dist/, function $function"
