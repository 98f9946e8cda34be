# Sourced by run.sh when DSP_NODES is 2 or more: runs the DSP as a cluster on this machine until Ctrl-C or SIGTERM.
# One managed domain (the domain controller's console at the usual port is the one console for every node), its
# server group "dsp" on the full-ha profile with DSP_NODES servers (dsp-node-1, dsp-node-2, ...), and HAProxy in front
# on the usual ports: HTTP balanced with sticky sessions, the CSP gateways' HTTPS passed through to a node so that
# mutual TLS ends there. Every node shares one set of secrets ($RUN_DIR/secrets) and the one database.
# Uses run.sh's variables: ROOT SERVER RUN_DIR OFFSET HTTP_PORT HTTPS_PORT CONSOLE_PORT ADMIN_USER ADMIN_PASSWORD EAR
# PIDS MAIL_INFO TLS_INFO, and its fail().

DOMAIN="$SERVER/domain"
NODES_DIR="$RUN_DIR/nodes"
mkdir -p "$NODES_DIR"
node_name() { echo "dsp-node-$1"; }
# Each node's ports are the usual ones plus 1000 for each place in line (node 1: HTTP 9080, HTTPS 9443), above the
# test server's offsets (100 to 300), so that a cluster runs beside mvn verify.
node_offset() { echo $((OFFSET + 1000 * $1)); }

if ! command -v haproxy >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing HAProxy (Debian's package), the cluster's balancer..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null \
            || fail "HAProxy could not be installed: apt-get install haproxy"
    else
        fail "a cluster needs HAProxy in front: apt-get install haproxy"
    fi
fi

# One set of secrets for every node: the DSP's signing key and the install-code key are generated once into this
# directory by the first node to start (unless DSP_KEYSTORE and DSP_INSTALL_CODE_KEY name the operator's), and the
# brokers' cluster password is made here once.
SECRETS="$RUN_DIR/secrets"
(umask 077 && mkdir -p "$SECRETS")
export DSP_SECRETS_DIR="$SECRETS"
# Plain HTTP from elsewhere is sent on to the balancer's HTTPS port, not to a node's own.
export DSP_HTTPS_PORT="$PEOPLE_PORT"
if [ -z "${DSP_CLUSTER_PASSWORD:-}" ]; then
    [ -f "$SECRETS/cluster-password" ] || (umask 077 && head -c 24 /dev/urandom | base64 | tr '+/' '-_' >"$SECRETS/cluster-password")
    DSP_CLUSTER_PASSWORD="$(cat "$SECRETS/cluster-password")"
    export DSP_CLUSTER_PASSWORD
fi

"$SERVER/bin/add-user.sh" -s -dc "$DOMAIN/configuration" -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -r ManagementRealm >/dev/null

# The nodes, written into the domain's host before it starts: a name (its transaction log's, JGroups', the sessions'
# route and X-DSP-Node's), a port offset, and the same name in DSP_NODE_ID. Nodes of an earlier run are removed first.
PREVIOUS="$(cat "$NODES_DIR/count" 2>/dev/null || echo 0)"
{
    echo "embed-host-controller --domain-config=domain.xml --host-config=host.xml --std-out=discard"
    for i in $(seq 1 "$((PREVIOUS > DSP_NODES ? PREVIOUS : DSP_NODES))"); do
        name="$(node_name "$i")"
        echo "if (outcome == success) of /host=primary/server-config=$name:read-resource"
        echo "/host=primary/server-config=$name:remove"
        echo "end-if"
    done
    for i in $(seq 1 "$DSP_NODES"); do
        name="$(node_name "$i")"
        echo "/host=primary/server-config=$name:add(group=dsp, socket-binding-port-offset=$(node_offset "$i"), auto-start=true)"
        echo "/host=primary/server-config=$name/system-property=jboss.node.name:add(value=$name)"
        echo "/host=primary/server-config=$name/system-property=dsp.node-id:add(value=$name)"
        echo "/host=primary/server-config=$name/jvm=default:add(environment-variables={DSP_NODE_ID=$name})"
    done
    echo "stop-embedded-host-controller"
} >"$NODES_DIR/nodes.cli"
"$SERVER/bin/jboss-cli.sh" --file="$NODES_DIR/nodes.cli" >"$NODES_DIR/nodes.cli.log" 2>&1 \
    || fail "the nodes could not be written into the domain: see $NODES_DIR/nodes.cli.log"
echo "$DSP_NODES" >"$NODES_DIR/count"

# The balancer: HTTP round robin with a cookie that keeps a person on one node (another takes over if it dies, and the
# session goes with them), health checks on each node's /dsp/health (a node suspended for a graceful stop answers 503
# and gets no more work); HTTPS passed through to a node, with the caller's address in the PROXY protocol.
HAPROXY_CFG="$RUN_DIR/haproxy.cfg"
# A TCP frontend on the balancer's port and a backend of every node's own (base port plus the node's offset).
tcp_passthrough() {
    local name="$1" port="$2" base="$3" balance="$4"
    cat <<CFG
frontend dsp_$name
    mode tcp
    bind 127.0.0.1:$port
    default_backend dsp_nodes_$name
backend dsp_nodes_$name
    mode tcp
    balance $balance
    option httpchk GET /dsp/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CFG
    for i in $(seq 1 "$DSP_NODES"); do
        echo "    server $(node_name "$i") 127.0.0.1:$((base + $(node_offset "$i"))) check port $((8080 + $(node_offset "$i"))) send-proxy"
    done
}
BALANCER_ADMIN_PORT=$((8404 + OFFSET))
{
    cat <<CFG
# Made by run.sh for DSP_NODES=$DSP_NODES; made again at every start.
global
    log stdout format raw local0 warning
    # the runtime API on loopback, for scripts/restart-node.sh: a node in maintenance gets nothing new
    stats socket ipv4@127.0.0.1:$BALANCER_ADMIN_PORT level admin
defaults
    mode http
    log global
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout check 2s
    retries 3
    option redispatch 1
frontend dsp_http
    bind 127.0.0.1:$HTTP_PORT
    # the nodes trust X-Forwarded-For for the caller's address: only the balancer's may reach them
    http-request del-header X-Forwarded-For
    option forwardfor
    # each node publishes its own metrics, scraped at its own address: through here they would be any node's
    http-request deny deny_status 404 if { path_beg /dsp/metrics }
    default_backend dsp_nodes_http
backend dsp_nodes_http
    balance roundrobin
    cookie DSPNODE insert indirect nocache httponly attr SameSite=Strict
    retry-on conn-failure empty-response 503
    option httpchk GET /dsp/health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CFG
    for i in $(seq 1 "$DSP_NODES"); do
        echo "    server $(node_name "$i") 127.0.0.1:$((8080 + $(node_offset "$i"))) check cookie $(node_name "$i")"
    done
    # TLS passed through to the nodes, which end it themselves (the client's address by the PROXY protocol): the
    # people's HTTPS (one client stays on one node, for its session) and the gateways' mutual TLS.
    tcp_passthrough people "$PEOPLE_PORT" 8444 source
    tcp_passthrough gateways "$HTTPS_PORT" 8443 leastconn
} >"$HAPROXY_CFG"
haproxy -c -q -f "$HAPROXY_CFG" || fail "the balancer's configuration $HAPROXY_CFG is not valid"
# What scripts/restart-node.sh needs to find this run's console, balancer and nodes.
cat >"$RUN_DIR/cluster.env" <<ENV
CLI='$CLI'
CONSOLE_PORT=$CONSOLE_PORT
BALANCER_ADMIN_PORT=$BALANCER_ADMIN_PORT
OFFSET=$OFFSET
ENV

"$SERVER/bin/domain.sh" -Djboss.management.http.port="$CONSOLE_PORT" >"$RUN_DIR/domain.out" 2>&1 &
DOMAIN_PID=$!
haproxy -db -f "$HAPROXY_CFG" >"$RUN_DIR/haproxy.log" 2>&1 &
BALANCER_PID=$!

# A node's process: the one its process controller started for it ([Server:<name>]) from this run's server.
node_pid() {
    local pid
    for pid in $(pgrep -f -- "-D\[Server:$1\]"); do
        if tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-Djboss.home.dir=$SERVER "; then
            echo "$pid"
            return
        fi
    done
}
# Each node's PID file follows its process, whoever starts or stops it (run.sh, the console, a restart): written
# while it runs, removed when it has stopped.
keep_pid_files() {
    local i name pid
    while kill -0 "$DOMAIN_PID" 2>/dev/null; do
        for i in $(seq 1 "$DSP_NODES"); do
            name="$(node_name "$i")"
            pid="$(node_pid "$name")"
            if [ -z "$pid" ]; then
                rm -f "$NODES_DIR/$name.pid"
            elif [ "$(cat "$NODES_DIR/$name.pid" 2>/dev/null)" != "$pid" ]; then
                echo "$pid" >"$NODES_DIR/$name.pid"
            fi
        done
        sleep 2
    done
}
keep_pid_files &
KEEPER_PID=$!

stop_cluster() {
    echo "Stopping the cluster..."
    kill "$BALANCER_PID" "$KEEPER_PID" 2>/dev/null || true
    # The domain controller stops its nodes; if it does not answer within a minute, its process controller (the
    # child of domain.sh) is told to stop them all, and what is left after 30 s is killed.
    timeout 60 "$CLI" -c --controller="127.0.0.1:$CONSOLE_PORT" --timeout=10000 --user="$ADMIN_USER" \
        --password="$ADMIN_PASSWORD" --command="/host=primary:shutdown" >/dev/null 2>&1 || true
    for _ in $(seq 1 30); do kill -0 "$DOMAIN_PID" 2>/dev/null || break; pkill -TERM -P "$DOMAIN_PID" 2>/dev/null; sleep 1; done
    pkill -KILL -P "$DOMAIN_PID" 2>/dev/null || true
    for pid in $(cat "$NODES_DIR"/*.pid 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
    wait "$DOMAIN_PID" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -f "$NODES_DIR"/*.pid
}
trap 'stop_cluster; exit 0' INT TERM

# No call waits for ever: a deployment that its nodes refuse can keep the controller busy.
cli() { timeout 300 "$CLI" -c --controller="127.0.0.1:$CONSOLE_PORT" --timeout=5000 --user="$ADMIN_USER" --password="$ADMIN_PASSWORD" "$@" 2>/dev/null; }

echo "Starting the domain controller and $DSP_NODES nodes (log: $DOMAIN/log/host-controller.log)..."
for _ in $(seq 1 90); do
    kill -0 "$DOMAIN_PID" 2>/dev/null || { stop_cluster; fail "the domain controller stopped: see $RUN_DIR/domain.out"; }
    case "$(cli --command='/host=primary:read-attribute(name=host-state)' || true)" in
        *'"result" => "running"'*) break ;;
    esac
    sleep 2
done
# The EAR goes to the server group, so every node runs it; one from an earlier run is replaced.
if cli --command="deployment-info --name=dsp-inventory.ear" >/dev/null; then
    cli --command="undeploy dsp-inventory.ear --all-relevant-server-groups" >/dev/null
fi
if ! deployed="$(cli --command="deploy $EAR --server-groups=dsp")"; then
    stop_cluster
    reason="$(grep -h 'Caused by: ' "$DOMAIN"/servers/*/log/server.log 2>/dev/null | tail -1 | sed 's/^.*Caused by: //')"
    fail "dsp-inventory.ear could not be deployed: $(echo "${reason:-$deployed}" | grep -o '[^"]*' | head -1 | cut -c1-300)"
fi

for i in $(seq 1 "$DSP_NODES"); do
    name="$(node_name "$i")"
    ready=""
    for _ in $(seq 1 180); do
        kill -0 "$DOMAIN_PID" 2>/dev/null || fail "the domain controller stopped: see $RUN_DIR/domain.out"
        case "$(cli --command="/host=primary/server=$name/deployment=dsp-inventory.ear:read-attribute(name=status)" || true)" in
            *'"result" => "OK"'*) ready=yes; break ;;
            *'"result" => "FAILED"'*) break ;;
        esac
        # a node that refused the deployment says so in its log: the first reason is the one to read
        grep -q 'Operation ("deploy") failed' "$DOMAIN/servers/$name/log/server.log" 2>/dev/null && break
        sleep 2
    done
    if [ -z "$ready" ]; then
        reason="$(grep -h 'Caused by: ' "$DOMAIN/servers/$name/log/server.log" 2>/dev/null | tail -1 | sed 's/^.*Caused by: //' | cut -c1-300)"
        stop_cluster
        fail "$name did not deploy dsp-inventory.ear: ${reason:-see $DOMAIN/servers/$name/log/server.log}"
    fi
    echo "$(node_pid "$name")" >"$NODES_DIR/$name.pid"
    # The admin API's administrator, in each node's own identity store.
    REALM="/host=primary/server=$name/subsystem=elytron/filesystem-realm=DspRealm"
    SALT="$(head -c 16 /dev/urandom | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/\([0-9a-f][0-9a-f]\)/0x\1/g; s/ /,/g')"
    if find "$DOMAIN/servers/$name/configuration/dsp-identities" -name "*-$(printf %s "$ADMIN_USER" | base32 | tr -d '=').xml" 2>/dev/null | grep -q .; then
        cli --command="$REALM:remove-identity(identity=$ADMIN_USER)" >/dev/null
    fi
    cli --commands="$REALM:add-identity(identity=$ADMIN_USER),$REALM:set-password(identity=$ADMIN_USER, bcrypt={password=\"$ADMIN_PASSWORD\", salt=bytes{$SALT}, iteration-count=10}),$REALM:add-identity-attribute(identity=$ADMIN_USER, name=groups, value=[admin])" >/dev/null
done

cat <<INFO

DSP Inventory is running as a cluster of $DSP_NODES nodes behind HAProxy. Ctrl-C stops it all.
  Balancer         http://127.0.0.1:$HTTP_PORT/dsp/ssi/  (sticky sessions; X-DSP-Node names the node that answered)
  CSPM-N3 (mTLS)   https://127.0.0.1:$HTTPS_PORT/dsp/cspm/N3   (passed through to a node; Basic on loopback only)
${TLS_INFO:+$TLS_INFO
}  DUIS (serviceD)  https://127.0.0.1:$HTTPS_PORT/api/v1/serviceD   (mutual TLS; http://127.0.0.1:$HTTP_PORT from this machine)
  Pages (HTTPS)    https://127.0.0.1:$PEOPLE_PORT/dsp/ssi/   (passed through to a node)
  Admin API        https://127.0.0.1:$PEOPLE_PORT/dsp/api/admin/parties
  One console      http://127.0.0.1:$CONSOLE_PORT/console   (the domain: every node's settings, queues, deployment)
  Administrator    $ADMIN_USER / $ADMIN_PASSWORD
  Database         ${DSP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/dsp}
${MAIL_INFO:-  Mail             $DSP_SMTP_HOST:${DSP_SMTP_PORT:-2525}}
  Balancer         config $HAPROXY_CFG, log $RUN_DIR/haproxy.log
INFO
for i in $(seq 1 "$DSP_NODES"); do
    name="$(node_name "$i")"
    echo "  $name       http://127.0.0.1:$((8080 + $(node_offset "$i")))/dsp/  log $DOMAIN/servers/$name/log/server.log  PID $(cat "$NODES_DIR/$name.pid") ($NODES_DIR/$name.pid)"
done
echo "  Restart a node   scripts/restart-node.sh dsp-node-2 $RUN_DIR   (drained at the balancer first; docs/operations.md)"

wait "$DOMAIN_PID" || true
kill "$BALANCER_PID" "$KEEPER_PID" 2>/dev/null || true
for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
