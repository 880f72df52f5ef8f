# Sourced by the Postgres bench scripts: a throwaway PostgreSQL cluster (as the tests start one: initdb + pg_ctl on a
# free port, as the postgres user when run as root) in "$WORK/$1", stopped and removed when the script exits, with
# an empty database "briefing". Sets PG_BIN, PORT, CONN (the Npgsql connection string) and pg_sql (psql -Atc on it).
# Further arguments are server settings (e.g. -c track_commit_timestamp=on).
start_pg_cluster() {
  local name="$1"; shift
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG="$WORK/$name"; rm -rf "$PG"
  PG_AS=(); [ "$(id -u)" = 0 ] && PG_AS=(runuser -u postgres --)
  mkdir -p "$PG"; [ "$(id -u)" = 0 ] && chown postgres "$PG"
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG/data" -U briefing --auth=trust -E UTF8 --locale=C >/dev/null
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -l "$PG/log" -w start -o "-p $PORT -k $PG -c listen_addresses=127.0.0.1 $*" >/dev/null
  trap '"${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG/data" -m immediate -w stop >/dev/null; rm -rf "$PG"' EXIT
  "${PG_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U briefing -d postgres -qc "CREATE DATABASE briefing" >/dev/null
  CONN="Host=127.0.0.1;Port=$PORT;Username=briefing;Database=briefing"
}
pg_sql() { "${PG_AS[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U briefing -d briefing -Atc "$1"; }
