#!/bin/bash
# Starts Neo4j the way the official image does where claimgraph relies on it: NEO4J_AUTH
# (neo4j/<password> or none), NEO4J_<setting> variables (server_memory_pagecache_size ->
# server.memory.pagecache.size, "__" for "_"), Bolt on 7687 and HTTP on 7474, data in /data, and
# the server log on stdout (it prints "Started." when it answers). The jars are run directly, as
# src/database/local-neo4j/launch.ts does (the jars carry no bootloader script), in console mode
# so that the server log goes to stdout as well as /logs/neo4j.log.
set -euo pipefail
home=/var/lib/neo4j
conf="$home/conf/neo4j.conf"

# Neo4j refuses a setting given twice, so a variable replaces the default of the same name.
declare -A settings=(
  [server.default_listen_address]=0.0.0.0
  [server.bolt.listen_address]=:7687
  [server.http.listen_address]=:7474
  [server.http.enabled]=true
  [server.https.enabled]=false
  [server.directories.data]=/data
  [server.directories.logs]=/logs
  [server.directories.import]=/import
  [server.directories.plugins]=/plugins
  [dbms.usage_report.enabled]=false
  # As the local launcher: otherwise Bolt's idle event loops add ~10 s to every stop.
  [internal.dbms.bolt.netty_server_shutdown_quiet_period]=0
  # As the local launcher: the memory all queries may hold at once, so that one asking too much is
  # stopped (DATABASE_MEMORY_LIMIT) before the heap runs out.
  [db.memory.transaction.total.max]=256m
)
case "${NEO4J_AUTH:-}" in
  none) settings[dbms.security.auth_enabled]=false ;;
  neo4j/?*) settings[dbms.security.auth_enabled]=true ;;
  '') echo "NEO4J_AUTH is not set: set it to neo4j/<password> (8+ characters) or none" >&2; exit 1 ;;
  *) echo "NEO4J_AUTH must be neo4j/<password> or none" >&2; exit 1 ;;
esac
# Variables named like settings (NEO4J_ then a lower-case letter) override the defaults above.
while IFS='=' read -r name value; do
  setting=$(sed -e 's/^NEO4J_//' -e 's/__/\x00/g' -e 's/_/./g' -e 's/\x00/_/g' <<<"$name")
  settings[$setting]=$value
done < <(env | grep -E '^NEO4J_[a-z][A-Za-z0-9_]*=' || true)
{
  echo '# Written by docker-entrypoint.sh on every start from the NEO4J_* environment.'
  for setting in "${!settings[@]}"; do echo "$setting=${settings[$setting]}"; done | sort
} >"$conf"

# The heap is a JVM flag, not a setting the server reads; 512m as the project's local launcher.
heap_initial=${settings[server.memory.heap.initial_size]:-512m}
heap_max=${settings[server.memory.heap.max_size]:-512m}
mapfile -t jvm_flags <"$home/jvm-flags"
export NEO4J_HOME="$home" NEO4J_CONF="$home/conf"

if [[ "${NEO4J_AUTH}" == neo4j/* && ! -d /data/dbms ]]; then
  java -cp "$home/lib/*" org.neo4j.cli.AdminTool dbms set-initial-password -- "${NEO4J_AUTH#neo4j/}"
fi
exec java "-Xms$heap_initial" "-Xmx$heap_max" "${jvm_flags[@]}" -cp "$home/lib/*" \
  org.neo4j.server.CommunityEntryPoint --console-mode "--home-dir=$home" "--config-dir=$home/conf"
