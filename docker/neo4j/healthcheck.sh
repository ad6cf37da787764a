#!/bin/bash
# Healthy when Neo4j answers a Cypher query over its HTTP API (the image has no cypher-shell).
set -euo pipefail
auth=()
[[ "${NEO4J_AUTH:-}" == neo4j/* ]] && auth=(-u "neo4j:${NEO4J_AUTH#neo4j/}")
answer=$(curl -fsS --max-time 8 "${auth[@]}" -H 'Content-Type: application/json' \
  -d '{"statements":[{"statement":"RETURN 1 AS ok"}]}' http://127.0.0.1:7474/db/neo4j/tx/commit)
grep -q '"errors":\[\]' <<<"$answer" || { echo "$answer" >&2; exit 1; }
