#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests: `start` prints its SQLAlchemy URL,
# `stop` shuts it down and deletes it. Needs Debian's `postgresql` package (the server binaries).
#
#   WKSBM_PG_DIR   folder holding the cluster (default: /tmp/wksbm-pg-<uid>)
#   WKSBM_PG_PORT  TCP port on 127.0.0.1 (default: a free port chosen at start)
#   PG_BIN         folder of initdb/pg_ctl (default: the newest /usr/lib/postgresql/*/bin)
set -euo pipefail

DIR="${WKSBM_PG_DIR:-/tmp/wksbm-pg-$(id -u)}"
DATA="$DIR/data"

pg_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then
        echo "$PG_BIN"
        return
    fi
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -z "$found" ]]; then
        echo "pg_cluster: PostgreSQL server binaries not found; apt-get install -y postgresql" >&2
        exit 1
    fi
    echo "$found"
}

# initdb and the server refuse to run as root: root runs them as the `postgres` system user
# (created by Debian's package), anyone else runs them as themselves.
as_owner() {
    if [[ "$(id -u)" == "0" ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

url() {
    echo "postgresql+psycopg://postgres@127.0.0.1:$(cat "$DIR/port")/postgres"
}

start() {
    local bin
    bin="$(pg_bin)"
    if [[ -f "$DIR/port" ]] && as_owner "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        url
        return
    fi
    mkdir -p "$DIR"
    if [[ "$(id -u)" == "0" ]]; then
        chown postgres: "$DIR"
    fi
    local port="${WKSBM_PG_PORT:-$(free_port)}"
    echo "$port" >"$DIR/port"
    as_owner "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 || { cat "$DIR/initdb.log" >&2; exit 1; }
    # Durability is pointless for a throwaway cluster; turning it off keeps the tests fast.
    as_owner "$bin/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 -o \
        "-k $DIR -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=200" start >/dev/null ||
        { cat "$DIR/server.log" >&2; exit 1; }
    url
}

stop() {
    if [[ -d "$DATA" ]]; then
        as_owner "$(pg_bin)/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$DIR"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
