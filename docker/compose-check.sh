#!/usr/bin/env bash
# The compose check CI runs: brings the stack up, waits for both health checks, asks the API a
# GraphQL question through 127.0.0.1, removes the containers and starts new ones without the seed
# (so the answer can only come from the volume), then removes everything it made.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'EOF'
Usage: bash docker/compose-check.sh [--official]

Runs docker-compose.yml with the local images' override (docker-compose.local.yml; build them
first with `npm run docker:images`), or with --official the official images from Docker Hub.
Uses `docker compose` (v2) when the Docker CLI has it, else `docker-compose` (1.29); COMPOSE
overrides, e.g. COMPOSE=docker-compose. Talks to the engine DOCKER_HOST names. The API is
published on 127.0.0.1:$PORT (default: a free port). Project name: claimgraph-check; whatever an
earlier interrupted run left under it is removed first.
EOF
}

files=(-f docker-compose.yml -f docker-compose.local.yml)
case "${1:-}" in
  '') ;;
  --official) files=(-f docker-compose.yml) ;;
  -h | --help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac

started=$SECONDS
say() { printf '[compose-check %4d s] %s\n' $((SECONDS - started)) "$*"; }
fail() { printf '\n[compose-check] FAILED: %s\n' "$*" >&2; exit 1; }

engine="${DOCKER_HOST:-unix:///var/run/docker.sock}"
docker version --format '{{.Server.Version}}' >/dev/null 2>&1 || fail "no Docker engine answers at $engine (start dockerd, or set DOCKER_HOST)"

if [[ -n "${COMPOSE:-}" ]]; then
  read -r -a compose_cmd <<<"$COMPOSE"
elif docker compose version >/dev/null 2>&1; then
  compose_cmd=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then
  compose_cmd=(docker-compose)
else
  fail "neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)"
fi
project=claimgraph-check
compose() { "${compose_cmd[@]}" -p "$project" "${files[@]}" "$@"; }

export NEO4J_PASSWORD="check-$(od -An -N9 -tx1 /dev/urandom | tr -d ' \n')"
export PORT="${PORT:-$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")}"
say "$("${compose_cmd[@]}" version 2>/dev/null | head -n 1) on Docker $(docker version --format '{{.Server.Version}}') at $engine; files ${files[*]}; API on 127.0.0.1:$PORT"

remove_all() { compose down --volumes --remove-orphans --rmi local >/dev/null 2>&1 || true; }
on_exit() {
  local status=$?
  if ((status != 0)); then
    echo "--- last log lines of the stack" >&2
    compose logs --no-color --tail 40 >&2 2>&1 || true
  fi
  say "removing the stack, its network and volume"
  remove_all
  exit "$status"
}
remove_all
trap on_exit EXIT

wait_healthy() {
  local service=$1 deadline=$((SECONDS + 300)) id status
  id=$(compose ps -q "$service")
  [[ -n "$id" ]] || fail "compose made no $service container"
  while :; do
    status=$(docker inspect --format '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}no-healthcheck{{end}}' "$id")
    case "$status" in
      'running healthy') say "$service is healthy"; return ;;
      *no-healthcheck) fail "$service has no health check" ;;
      running*) ;;
      *) fail "$service stopped ($status)" ;;
    esac
    ((SECONDS < deadline)) || fail "$service not healthy within 300 s ($status)"
    sleep 2
  done
}

# Every published port must be on 127.0.0.1: nothing of the stack is reachable from outside.
check_ports() {
  local ports
  ports=$(docker ps --filter "label=com.docker.compose.project=$project" --format '{{.Names}} {{.Ports}}')
  if grep -E '0\.0\.0\.0:|:::|\[::\]:' <<<"$ports"; then fail "a port is published beyond 127.0.0.1"; fi
}

question='{ health { database neo4jVersion } claims(first: 1) { totalCount } conflicts { totalCount } }'
ask() {
  curl -fsS --max-time 30 -H 'content-type: application/json' \
    -d "$(node -e 'console.log(JSON.stringify({ query: process.argv[1] }))' "$question")" "http://127.0.0.1:$PORT/"
}
# The counts the answer gives, or a failure when it is not a healthy, non-empty graph.
counts() {
  node -e '
    const { data, errors } = JSON.parse(process.argv[1]);
    if (errors || !data.health.database || !(data.claims.totalCount > 0)) { console.error(process.argv[1]); process.exit(1); }
    console.log(`${data.claims.totalCount} claims, ${data.conflicts.totalCount} conflicts (Neo4j ${data.health.neo4jVersion})`);
  ' "$1"
}

say "up (first start: migrations and seed)"
compose up -d
wait_healthy neo4j
wait_healthy app
check_ports
first=$(counts "$(ask)") || fail "the API's answer is not a seeded graph"
say "127.0.0.1:$PORT answers: $first"

say "stop and remove the containers (and their anonymous volumes; the named one stays), then up with SEED_ON_START=false"
compose stop
compose rm --force -v
SEED_ON_START=false compose up -d
wait_healthy neo4j
wait_healthy app
check_ports
second=$(counts "$(ask)") || fail "the API's answer after the restart is not the graph of before"
[[ "$second" == "$first" ]] || fail "after the restart the API answers '$second', before it answered '$first'"
say "after the restart, from the volume alone: $second"
say "passed"
