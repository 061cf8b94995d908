#!/usr/bin/env bash
# A production install runs the built server (.ci/run): the built site, package.json and the lock
# file are copied to a temporary folder, `npm ci --omit=dev` installs only the runtime packages
# (`dependencies`), and scripts/serve.ts must then serve a static page and a feedback form. A
# package that dist/server/ imports but that sits in devDependencies fails here.
set -euo pipefail
cd "$(dirname "$0")/../.."
test -f dist/server/entry.mjs || { echo 'No dist/server/entry.mjs: run `npm run build` first.' >&2; exit 1; }

# Node 24, from the development install (`--omit=dev` leaves out the `node` package itself: a
# production machine brings its own Node 24).
node24=$(npx node -p 'process.execPath')
work=$(mktemp -d)
server=
cleanup() {
	[ -n "$server" ] && kill "$server" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

cp package.json package-lock.json "$work/"
cp -r dist "$work/dist"
mkdir -p "$work/scripts" "$work/src/lib/server"
cp scripts/serve.ts "$work/scripts/"
cp src/lib/server/config.ts "$work/src/lib/server/"
(cd "$work" && npm ci --omit=dev --prefer-offline --no-audit --no-fund --loglevel=error)
if [ -d "$work/node_modules/vitest" ] || [ -d "$work/node_modules/@playwright/test" ]; then
	echo 'Production install: development packages were installed' >&2
	exit 1
fi
# Every package the server imports, chunks loaded on demand included (a page that starts does not
# prove that the staff synthesis's PDF library is there).
mkdir -p "$work/tests/tools"
cp tests/tools/server-imports.ts "$work/tests/tools/"
(cd "$work" && "$node24" tests/tools/server-imports.ts dist/server)

port=$(("$RANDOM" % 1000 + 47000))
(cd "$work" && HOST=127.0.0.1 PORT=$port SQLITE_PATH="$work/feedback.sqlite" \
	FEEDBACK_OUTBOX_INTERVAL_SECONDS=0 "$node24" scripts/serve.ts) &
server=$!
for _ in $(seq 1 100); do
	curl -fsS "http://127.0.0.1:$port/api/feedback/" >/dev/null 2>&1 && break
	sleep 0.2
done
curl -fsS "http://127.0.0.1:$port/" | grep -q '<h1' ||
	{ echo 'Production install: the home page is not served' >&2; exit 1; }
curl -fsS "http://127.0.0.1:$port/contact/suggestion/" | grep -q 'name="idempotencyKey"' ||
	{ echo 'Production install: the suggestion form is not served' >&2; exit 1; }
echo "Production install: $(ls "$work/node_modules" | wc -l) packages; the built server serves pages and forms"
