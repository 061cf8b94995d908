#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the feedback tests and bench (.ci/run uses it).
#
#   eval "$(bash tests/tools/postgres.sh start)"   # installs Debian's postgresql if needed, starts
#                                                   # a fresh cluster, exports DATABASE_URL
#   bash tests/tools/postgres.sh stop               # stops it and deletes its files
#   bash tests/tools/postgres.sh pause              # stops it as an outage would (fast shutdown,
#   bash tests/tools/postgres.sh resume             # connections cut) and starts it again
#
# The cluster lives in $PG_DIR (default: a folder of /tmp named after this checkout, so that two
# checkouts on one machine never stop each other's), runs as the `postgres` user (initdb refuses
# root), listens on 127.0.0.1 only, on the first free port from 55432.
set -euo pipefail
checkout=$(cd "$(dirname "$0")/../.." && pwd)
dir=${PG_DIR:-/tmp/cevennes-postgres-$(printf '%s' "$checkout" | md5sum | cut -c1-8)}

bindir() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

as_postgres() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
start)
	if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
		echo 'Installing Debian'"'"'s postgresql package…' >&2
		{ apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } >&2
	fi
	bin=$(bindir)
	if [ -f "$dir/data/postmaster.pid" ]; then
		as_postgres "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
	fi
	rm -rf "$dir"
	mkdir -p "$dir"
	[ "$(id -u)" = 0 ] && chown postgres: "$dir"
	port=
	for candidate in $(seq 55432 55532); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
			port=$candidate
			break
		fi
	done
	[ -n "$port" ] || { echo 'No free port for PostgreSQL' >&2; exit 1; }
	as_postgres "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
	as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-h 127.0.0.1 -p $port -k $dir -c max_connections=200" start >&2
	printf '%s\n' "$port" >"$dir/port"
	echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
	;;
pause)
	as_postgres "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >&2
	;;
resume)
	port=$(cat "$dir/port")
	as_postgres "$(bindir)/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-h 127.0.0.1 -p $port -k $dir -c max_connections=200" start >&2
	;;
stop)
	bin=$(bindir)
	if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
		as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
	fi
	rm -rf "$dir"
	;;
*)
	echo "usage: $0 start|stop|pause|resume" >&2
	exit 2
	;;
esac
