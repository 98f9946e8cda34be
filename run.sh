#!/usr/bin/env bash
# Runs the whole DSP Inventory system in the foreground until Ctrl-C: builds what is missing, prepares
# the database, starts a mail catcher, configures and starts WildFly with dsp-inventory.ear, creates the
# administrator and prints the URLs. Everything it creates stays in .run/ inside the checkout.
#
#   DSP_DB_URL, DSP_DB_USER, DSP_DB_PASSWORD   the database (default: PostgreSQL on 127.0.0.1:5432,
#                                             database dsp, started privately when none answers;
#                                             an empty password is fine with trust authentication)
#   DSP_SMTP_HOST, DSP_SMTP_PORT               the mail server for CSP notices (default: a mail catcher,
#                                             GreenMail, started here; read its mail over HTTP or IMAP)
#   DSP_ADMIN_USER, DSP_ADMIN_PASSWORD         the administrator of the admin API and the WildFly
#                                             console (default: 'admin' with a generated password)
#   DSP_TLS_KEYSTORE, DSP_CSP_TRUSTSTORE (and their _PASSWORD)
#                                             the CSP gateways' HTTPS listener: the server's key, and the
#                                             authority that issues gateway certificates (default: made
#                                             once into .run/tls by scripts/tls.sh, with a development CA)
#   DSP_PORT_OFFSET                            added to every port (default 0: HTTP 8080, HTTPS 8443, console 9990)
#   DSP_NODES                                  2 or more: a cluster of that many nodes in one managed domain behind
#                                             HAProxy on the usual ports (scripts/cluster.sh); default 1, one server
#   DSP_RUN_DIR                                where the server and the catcher live (default .run)
#   ./run.sh --rebuild                         rebuilds the server and the EAR first
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"
version_of() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml; }
WILDFLY_VERSION="$(version_of wildfly.version)"
BUILT_SERVER="wildfly-config/target/wildfly-$WILDFLY_VERSION"
EAR="ear/target/dsp-inventory.ear"
RUN_DIR="$(mkdir -p "${DSP_RUN_DIR:-.run}" && cd "${DSP_RUN_DIR:-.run}" && pwd)"
SERVER="$RUN_DIR/wildfly"
LOG="$SERVER/standalone/log/server.log"
CLI="$SERVER/bin/jboss-cli.sh"
OFFSET="${DSP_PORT_OFFSET:-0}"
HTTP_PORT=$((8080 + OFFSET))
HTTPS_PORT=$((8443 + OFFSET))
PEOPLE_PORT=$((8444 + OFFSET))
CONSOLE_PORT=$((9990 + OFFSET))

fail() { echo "run.sh: $*" >&2; exit 1; }
DSP_NODES="${DSP_NODES:-1}"
case "$DSP_NODES" in
    '' | *[!0-9]* | 0) fail "DSP_NODES is how many nodes to run: 1 (the default) for one server, 2 or more for a cluster" ;;
esac

if [ "${1:-}" = "--rebuild" ] || [ ! -d "$BUILT_SERVER" ] || [ ! -f "$EAR" ]; then
    echo "Building the server and the EAR (mvn package, tests skipped)..."
    mvn -B -q package -DskipTests
    rm -rf "$SERVER"
fi
if [ ! -d "$SERVER" ]; then
    cp -r "$BUILT_SERVER" "$SERVER"
fi

if [ -z "${DSP_DB_URL:-}" ]; then
    scripts/postgres.sh dsp
fi
# Settings that cannot work are told here in one line, not found later in the server log.
java -cp "wildfly-config/target/module-jars/postgresql.jar" scripts/CheckSettings.java || exit 1
if [ -n "${DSP_DB_PASSWORD+set}" ] && [ -z "$DSP_DB_PASSWORD" ]; then
    # An empty password works (trust authentication, checked just above), but WildFly refuses an empty value:
    # leave it to the server's default, which trust authentication ignores as it ignores any password.
    unset DSP_DB_PASSWORD
fi

PIDS=()
MAIL_INFO=""
if [ -z "${DSP_SMTP_HOST:-}" ]; then
    # The mail catcher: a real SMTP server that keeps what it receives, for a person to read.
    MAIL="$RUN_DIR/mail"
    GREENMAIL_VERSION="$(version_of greenmail.version)"
    JAR="$MAIL/greenmail-standalone-$GREENMAIL_VERSION.jar"
    if [ ! -f "$JAR" ]; then
        mkdir -p "$MAIL"
        mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" -DoutputDirectory="$MAIL"
    fi
    export DSP_SMTP_HOST=127.0.0.1 DSP_SMTP_PORT=$((2525 + OFFSET))
    MAIL_API=$((8025 + OFFSET))
    IMAP_PORT=$((3143 + OFFSET))
    java -Xmx128m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$DSP_SMTP_PORT" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$IMAP_PORT" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAIL_API" -Dgreenmail.auth.disabled \
        -jar "$JAR" >"$MAIL/greenmail.log" 2>&1 &
    PIDS+=($!)
    MAIL_INFO="  Mail catcher     http://127.0.0.1:$MAIL_API/api/user/<address>/messages/  (JSON; or IMAP 127.0.0.1:$IMAP_PORT, any password)"
fi

ADMIN_USER="${DSP_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${DSP_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}"

# The CSP gateways' HTTPS listener: development stores, made once, unless production's are given.
TLS_INFO=""
if [ -z "${DSP_TLS_KEYSTORE:-}" ]; then
    eval "$(scripts/tls.sh "$RUN_DIR/tls")"
    TLS_INFO="  Gateway CA       $RUN_DIR/tls/csp-ca.p12  (development; issue gateway certificates from it, see README)"
fi

# CSPM-N3 also takes a CSP's party ID and password from this machine (the server's own default is certificates only).
export DSP_N3_BASIC_AUTH="${DSP_N3_BASIC_AUTH:-loopback}"

# Plain HTTP from this machine too (the DCC's own tools, curl); from anywhere else it is sent on to HTTPS.
export DSP_PLAIN_HTTP="${DSP_PLAIN_HTTP:-loopback}"

# The incidents' mails link to the SSI at the port this run serves.
export DSP_SSI_URL="${DSP_SSI_URL:-https://127.0.0.1:$PEOPLE_PORT/dsp/ssi}"

if [ "$DSP_NODES" -ge 2 ]; then
    . scripts/cluster.sh
    exit 0
fi

# The WildFly console's user (ManagementRealm). The admin API's user is added below, once the server runs.
"$SERVER/bin/add-user.sh" -s -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -r ManagementRealm >/dev/null

cp "$EAR" "$SERVER/standalone/deployments/"
"$SERVER/bin/standalone.sh" -c standalone-full.xml -Djboss.socket.binding.port-offset="$OFFSET" >/dev/null 2>&1 &
SERVER_PID=$!
stop() {
    echo "Stopping the server..."
    "$CLI" -c --controller="127.0.0.1:$CONSOLE_PORT" --timeout=10000 --command=":shutdown" >/dev/null 2>&1 \
        || kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop INT TERM

cli() { "$CLI" -c --controller="127.0.0.1:$CONSOLE_PORT" --timeout=5000 --user="$ADMIN_USER" --password="$ADMIN_PASSWORD" "$@" 2>/dev/null; }

# The first reason the server gives for a failed start or deployment, in one line.
why_failed() {
    local reason
    reason="$(grep -h -o 'failure description: "[^"]*"' "$LOG" 2>/dev/null | head -1 | sed 's/^failure description: //')"
    [ -n "$reason" ] || reason="$(grep -h 'Caused by: ' "$LOG" 2>/dev/null | tail -1 | sed 's/^.*Caused by: //')"
    echo "${reason:-see $LOG}" | cut -c1-300
}

echo "Starting WildFly $WILDFLY_VERSION (log: $LOG)..."
ready=""
for _ in $(seq 1 180); do
    kill -0 "$SERVER_PID" 2>/dev/null || { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; fail "the server stopped: $(why_failed)"; }
    status="$(cli --command='/deployment=dsp-inventory.ear:read-attribute(name=status)' || true)"
    case "$status" in
        *'"result" => "OK"'*) ready=yes; break ;;
        *'"result" => "FAILED"'*) reason="$(why_failed)"; stop; fail "dsp-inventory.ear failed to deploy: $reason" ;;
    esac
    sleep 2
done
[ -n "$ready" ] || { stop; fail "dsp-inventory.ear did not deploy within 6 minutes: $(why_failed)"; }

# The admin API's administrator: a bcrypt identity in the DspRealm filesystem realm.
SALT="$(head -c 16 /dev/urandom | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/\([0-9a-f][0-9a-f]\)/0x\1/g; s/ /,/g')"
REALM=/subsystem=elytron/filesystem-realm=DspRealm
# An existing identity (from an earlier run) is replaced; its file is named after the base32 of the user name, and
# looking for it there asks the server nothing that would fail (a failed operation is an ERROR in server.log).
if find "$SERVER/standalone/configuration/dsp-identities" -name "*-$(printf %s "$ADMIN_USER" | base32 | tr -d '=').xml" 2>/dev/null | grep -q .; then
    cli --command="$REALM:remove-identity(identity=$ADMIN_USER)" >/dev/null
fi
cli --commands="$REALM:add-identity(identity=$ADMIN_USER),$REALM:set-password(identity=$ADMIN_USER, bcrypt={password=\"$ADMIN_PASSWORD\", salt=bytes{$SALT}, iteration-count=10}),$REALM:add-identity-attribute(identity=$ADMIN_USER, name=groups, value=[admin])" >/dev/null

cat <<INFO

DSP Inventory is running. Ctrl-C stops it.
  CSPM-N3 WSDL     http://127.0.0.1:$HTTP_PORT/dsp/cspm/N3?wsdl
  CSPM-N3 (mTLS)   https://127.0.0.1:$HTTPS_PORT/dsp/cspm/N3   (a registered gateway certificate; Basic on loopback only)
${TLS_INFO:+$TLS_INFO
}  DUIS (serviceD)  https://127.0.0.1:$HTTPS_PORT/api/v1/serviceD   (mutual TLS, the party's registered TLS certificate)
                   http://127.0.0.1:$HTTP_PORT/api/v1/serviceD   (from this machine only: DCC Boxed's path; also /dsp/api/v1/serviceD)
  DSP certificate  https://127.0.0.1:$PEOPLE_PORT/dsp/api/v1/dsp-certificate
  Self-service     https://127.0.0.1:$PEOPLE_PORT/dsp/ssi/   (operators: /dsp/ssmi/; people are users of parties, see README)
  People's API     https://127.0.0.1:$PEOPLE_PORT/dsp/api/v1/incidents, /dsp/api/v1/returns, /dsp/api/v1/reflash-requests, /dsp/api/v1/work-orders (README)
  Admin API        https://127.0.0.1:$PEOPLE_PORT/dsp/api/admin/parties
  Plain HTTP       http://127.0.0.1:$HTTP_PORT/dsp/...   (this machine only, DSP_PLAIN_HTTP=loopback; elsewhere sent on to HTTPS)
  WildFly console  http://127.0.0.1:$CONSOLE_PORT/console
  Administrator    $ADMIN_USER / $ADMIN_PASSWORD  (HTTP Basic for the admin API, and the console)
  Database         ${DSP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/dsp}
${MAIL_INFO:-  Mail             $DSP_SMTP_HOST:${DSP_SMTP_PORT:-2525}}
INFO

wait "$SERVER_PID" || true
for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
