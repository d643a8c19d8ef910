#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the receiver's PostgreSQL store, and Debian's PostgreSQL when missing.
#
#   scripts/postgres.sh install     apt-get installs Debian's postgresql when no initdb is found (CI, as root)
#   scripts/postgres.sh start DIR   makes a cluster in DIR, starts it on a unix socket in DIR (no TCP port),
#                                   creates the database "samverkan" and prints its DATABASE_URL
#   scripts/postgres.sh stop DIR    stops it (DIR can then be removed)
#
# .ci/run installs and starts it and exports DATABASE_URL; the receiver's tests start one themselves when
# DATABASE_URL is not set and the binaries exist. The tests never install anything.
set -euo pipefail

bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

# The server refuses to run as root: run its tools as the "postgres" user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  install)
    if bindir >/dev/null; then exit 0; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir >/dev/null
    ;;
  start)
    dir="${2:?usage: postgres.sh start DIR}"
    bin="$(bindir)" || { echo "PostgreSQL's initdb was not found: run scripts/postgres.sh install (Debian: apt-get install postgresql)" >&2; exit 1; }
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; chmod 700 "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # No TCP listener: the socket in DIR is the only way in, so parallel clusters never clash on a port.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=on -c max_connections=100" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -U postgres samverkan
    echo "postgresql://postgres@localhost/samverkan?host=$dir"
    ;;
  stop)
    dir="${2:?usage: postgres.sh stop DIR}"
    bin="$(bindir)" || exit 0
    if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
    ;;
  *)
    echo "usage: scripts/postgres.sh install | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
