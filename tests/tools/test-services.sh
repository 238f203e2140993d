#!/usr/bin/env bash
# Postgres and Redis on 127.0.0.1 for the Bluesky AppView tests (@atproto/dev-env TestNetwork).
#
#   eval "$(tests/tools/test-services.sh start)"   # starts both (or reuses running ones) and
#                                                  # prints the exports DB_POSTGRES_URL, REDIS_HOST
#                                                  # and a comment "# started: ..." naming the
#                                                  # ones it started (npm test stops only those)
#   tests/tools/test-services.sh stop [postgres] [redis]  # stops them (both by default); the data
#                                                  # stays for a quick restart
#
# `npm test` runs this itself (tests/tools/test-services-setup.ts); by hand it is only needed to
# keep the services up between runs.
# Needs Postgres's server binaries (Debian: apt-get install postgresql; macOS: brew install
# postgresql@17 with its bin folder on PATH) and redis-server.
# Postgres gets a cluster of its own (not the system one): bound to 127.0.0.1 only, trust auth,
# no fsync (test data only), with a role and database `cadence_test`. As root (CI), Postgres
# runs as the `postgres` user, since it refuses to run as root.
# Settings: CADENCE_TEST_SERVICES_DIR (default /tmp/cadence-test-services-<uid>),
#           CADENCE_TEST_PG_PORT (default 54329), CADENCE_TEST_REDIS_PORT (default 63799).
set -euo pipefail

dir="${CADENCE_TEST_SERVICES_DIR:-/tmp/cadence-test-services-$(id -u)}"
pg_port="${CADENCE_TEST_PG_PORT:-54329}"
redis_port="${CADENCE_TEST_REDIS_PORT:-63799}"
pg_data="$dir/postgres"
redis_pid="$dir/redis.pid"
readonly HOST=127.0.0.1 DB_NAME=cadence_test

log() { echo "[test-services] $*" >&2; }
die() {
  log "$*"
  exit 1
}

pg_bin() {
  local found
  # Debian's layout; elsewhere (macOS) there is no such folder and pg_ctl is on PATH.
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$found" && -x "$found/pg_ctl" ]]; then
    echo "$found"
  elif command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
  else
    die "Postgres is not installed (no pg_ctl). On Debian/Ubuntu: apt-get install postgresql"
  fi
}

# Postgres refuses to run as root: as root it runs as the postgres user.
as_pg() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_busy() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }

start_postgres() {
  local bin
  bin="$(pg_bin)"
  if [[ ! -f "$pg_data/PG_VERSION" ]]; then
    log "creating a Postgres cluster in $pg_data"
    mkdir -p "$pg_data"
    [[ $EUID -eq 0 ]] && chown postgres: "$dir" "$pg_data"
    as_pg "$bin/initdb" -D "$pg_data" -U postgres --auth=trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 ||
      die "initdb failed; see $dir/initdb.log"
  fi
  if as_pg "$bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    log "Postgres already running on $HOST:$pg_port"
  else
    port_busy "$pg_port" && die "port $pg_port is taken; set CADENCE_TEST_PG_PORT to a free port"
    as_pg "$bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 30 start \
      -o "-c listen_addresses=$HOST -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null || die "Postgres did not start; see $pg_data/server.log"
    log "Postgres started on $HOST:$pg_port"
    started+=(postgres)
  fi
  local psql=("$bin/psql" -h "$HOST" -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA)
  if [[ "$("${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname = '$DB_NAME'")" != 1 ]]; then
    "${psql[@]}" -c "CREATE ROLE $DB_NAME LOGIN" >/dev/null
  fi
  if [[ "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]]; then
    "${psql[@]}" -c "CREATE DATABASE $DB_NAME OWNER $DB_NAME" >/dev/null
  fi
}

start_redis() {
  command -v redis-server >/dev/null 2>&1 ||
    die "Redis is not installed (no redis-server). On Debian/Ubuntu: apt-get install redis-server"
  mkdir -p "$dir"
  if [[ -f "$redis_pid" ]] && kill -0 "$(cat "$redis_pid")" 2>/dev/null; then
    log "Redis already running on $HOST:$redis_port"
    return
  fi
  port_busy "$redis_port" && die "port $redis_port is taken; set CADENCE_TEST_REDIS_PORT to a free port"
  redis-server --bind "$HOST" --port "$redis_port" --save '' --appendonly no --daemonize yes \
    --pidfile "$redis_pid" --logfile "$dir/redis.log" --dir "$dir"
  for _ in $(seq 50); do
    port_busy "$redis_port" && break
    sleep 0.1
  done
  port_busy "$redis_port" || die "Redis did not start; see $dir/redis.log"
  log "Redis started on $HOST:$redis_port"
  started+=(redis)
}

stop_postgres() {
  if [[ -f "$pg_data/PG_VERSION" ]] && as_pg "$(pg_bin)/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    as_pg "$(pg_bin)/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null && log "Postgres stopped"
  fi
}

stop_redis() {
  if [[ -f "$redis_pid" ]]; then
    local pid
    pid="$(cat "$redis_pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      log "Redis stopped"
    fi
    rm -f "$redis_pid"
  fi
}

started=()
case "${1:-}" in
  start)
    start_postgres
    start_redis
    echo "export DB_POSTGRES_URL=postgresql://$DB_NAME@$HOST:$pg_port/$DB_NAME"
    echo "export REDIS_HOST=$HOST:$redis_port"
    echo "# started: ${started[*]:-}"
    ;;
  stop)
    shift
    (($# > 0)) || set -- postgres redis
    for service in "$@"; do
      case "$service" in
        postgres) stop_postgres ;;
        redis) stop_redis ;;
        *) die "unknown service: $service (postgres or redis)" ;;
      esac
    done
    ;;
  *)
    echo "usage: $0 start|stop [postgres] [redis]   (start prints the exports: eval \"\$($0 start)\")" >&2
    exit 2
    ;;
esac
