# Sourced by .ci/run: starts a throwaway PostgreSQL 15 on a Unix socket in a temporary folder, owned by an
# unprivileged user (initdb refuses root), exports ROUNDUP_TEST_POSTGRES for the store tests, and stops and removes it
# on exit. Installs Debian's postgresql-15 when missing. Tests against PostgreSQL skip, saying so, when this fails.
roundup_pg_start() {
  local bin=/usr/lib/postgresql/15/bin
  if [ ! -x "$bin/initdb" ] && command -v apt-get >/dev/null; then
    apt-get install -y -q postgresql-15 >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql-15 >/dev/null 2>&1; }
  fi
  [ -x "$bin/initdb" ] || { echo "postgres: no PostgreSQL 15 binaries"; return 1; }
  local user=postgres run=()
  if [ "$(id -u)" -eq 0 ]; then
    id "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user" || return 1
    run=(runuser -u "$user" --)
  else
    user=$(id -un)
  fi
  ROUNDUP_PG_DIR=$(mktemp -d /tmp/roundup-pg.XXXXXX) || return 1
  chown "$user" "$ROUNDUP_PG_DIR" 2>/dev/null
  "${run[@]}" "$bin/initdb" -D "$ROUNDUP_PG_DIR/data" -U roundup --auth=trust -E UTF8 --locale=C.UTF-8 >"$ROUNDUP_PG_DIR/initdb.log" 2>&1 \
    || { echo "postgres: initdb failed (see $ROUNDUP_PG_DIR/initdb.log)"; return 1; }
  "${run[@]}" "$bin/pg_ctl" -D "$ROUNDUP_PG_DIR/data" -l "$ROUNDUP_PG_DIR/server.log" -w -t 30 \
    -o "-k $ROUNDUP_PG_DIR -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null \
    || { echo "postgres: server did not start (see $ROUNDUP_PG_DIR/server.log)"; return 1; }
  export ROUNDUP_TEST_POSTGRES="Host=$ROUNDUP_PG_DIR;Username=roundup;Database=postgres"
  ROUNDUP_PG_STOP=("${run[@]}" "$bin/pg_ctl" -D "$ROUNDUP_PG_DIR/data" -m fast stop)
  local previous
  previous=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
  trap "roundup_pg_stop; ${previous}" EXIT
  echo "postgres: running on $ROUNDUP_PG_DIR"
}
roundup_pg_stop() {
  [ -n "${ROUNDUP_PG_DIR:-}" ] || return 0
  "${ROUNDUP_PG_STOP[@]}" >/dev/null 2>&1
  rm -rf "$ROUNDUP_PG_DIR"
  ROUNDUP_PG_DIR=
}
roundup_pg_start
