#!/usr/bin/env bash
# Restarts one node of the cluster that `DSP_NODES=N ./run.sh` runs, and fails no request while it does:
#   1. the balancer puts the node in maintenance: it sends it nothing new (a person's session moves to another node,
#      which holds it too) and lets what the node holds finish;
#   2. once the node has no connection left from the balancer (at most 60 s), the console stops it (suspended first)
#      and starts it again;
#   3. once its health check answers, the balancer sends it work again.
# Usage: scripts/restart-node.sh <node name, as X-DSP-Node gives it> [run directory, default .run]
# The console is reached with this machine's local authentication (the user that runs run.sh), or with
# DSP_ADMIN_USER and DSP_ADMIN_PASSWORD when they are set.
set -euo pipefail
NODE="${1:?usage: scripts/restart-node.sh dsp-node-N [run directory]}"
RUN_DIR="${2:-${DSP_RUN_DIR:-.run}}"
[ -f "$RUN_DIR/cluster.env" ] || { echo "restart-node.sh: no cluster runs from $RUN_DIR (DSP_NODES=2 ./run.sh)" >&2; exit 1; }
# shellcheck source=/dev/null
. "$RUN_DIR/cluster.env"
case "$NODE" in
    dsp-node-[1-9]*) PLACE="${NODE#dsp-node-}" ;;
    *) echo "restart-node.sh: $NODE is not a node's name (dsp-node-1, dsp-node-2, ...)" >&2; exit 1 ;;
esac
HTTP_PORT=$((8080 + OFFSET + 1000 * PLACE))
BACKENDS="dsp_nodes_http dsp_nodes_gateways"

# One command to HAProxy's runtime API on loopback; its answer.
balancer() {
    exec 3<>"/dev/tcp/127.0.0.1/$BALANCER_ADMIN_PORT"
    printf '%s\n' "$1" >&3
    cat <&3
    exec 3<&-
}
# The connections the balancer holds to the node now, over both backends (show stat: scur is the 5th field).
connections() {
    balancer "show stat" | awk -F, -v node="$NODE" '$2 == node { n += $5 } END { print n + 0 }'
}
# The node's own health check, as the balancer asks it (bash alone: no HTTP client needed).
healthy() {
    exec 4<>"/dev/tcp/127.0.0.1/$HTTP_PORT" 2>/dev/null || return 1
    printf 'GET /dsp/health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&4
    local status
    status="$(head -1 <&4)"
    exec 4<&-
    case "$status" in *' 200 '*) return 0 ;; *) return 1 ;; esac
}
console() {
    local credentials=()
    if [ -n "${DSP_ADMIN_USER:-}" ]; then credentials=(--user="$DSP_ADMIN_USER" --password="$DSP_ADMIN_PASSWORD"); fi
    local out
    out="$(timeout 300 "$CLI" -c --controller="127.0.0.1:$CONSOLE_PORT" --timeout=10000 "${credentials[@]}" --command="$1" 2>&1)" \
        || { echo "restart-node.sh: the console refused $1: $out" >&2; return 1; }
    case "$out" in *'"outcome" => "failed"'*) echo "restart-node.sh: $1: $out" >&2; return 1 ;; esac
}

for backend in $BACKENDS; do balancer "set server $backend/$NODE state maint" >/dev/null; done
echo "$NODE: in maintenance at the balancer; waiting for its connections to finish"
for _ in $(seq 1 60); do
    [ "$(connections)" = 0 ] && break
    sleep 1
done
console "/host=primary/server-config=$NODE:stop(blocking=true, suspend-timeout=60)"
echo "$NODE: stopped; starting it"
console "/host=primary/server-config=$NODE:start(blocking=true)"
for _ in $(seq 1 120); do
    healthy && break
    sleep 1
done
healthy || { echo "restart-node.sh: $NODE does not answer its health check on port $HTTP_PORT; it stays in maintenance" >&2; exit 1; }
for backend in $BACKENDS; do balancer "set server $backend/$NODE state ready" >/dev/null; done
echo "$NODE: running, and the balancer sends it work again"
