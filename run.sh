#!/usr/bin/env bash
# Runs the whole DSP Inventory system in the foreground until Ctrl-C: builds what is missing, prepares
# the database, configures and starts WildFly with dsp-inventory.ear, creates the administrator and
# prints the URLs. Everything it creates stays in .run/ inside the checkout.
#
#   DSP_DB_URL, DSP_DB_USER, DSP_DB_PASSWORD   the database (default: PostgreSQL on 127.0.0.1:5432,
#                                             database dsp, started privately when none answers)
#   DSP_ADMIN_USER, DSP_ADMIN_PASSWORD         the administrator of the admin API and the WildFly
#                                             console (default: 'admin' with a generated password)
#   ./run.sh --rebuild                         rebuilds the server and the EAR first
set -euo pipefail
ROOT="$(cd "$(dirname "$0")" && pwd)"
cd "$ROOT"
WILDFLY_VERSION="$(sed -n 's:.*<wildfly.version>\(.*\)</wildfly.version>.*:\1:p' pom.xml)"
BUILT_SERVER="wildfly-config/target/wildfly-$WILDFLY_VERSION"
EAR="ear/target/dsp-inventory.ear"
SERVER="$ROOT/.run/wildfly"
CLI="$SERVER/bin/jboss-cli.sh"

if [ "${1:-}" = "--rebuild" ] || [ ! -d "$BUILT_SERVER" ] || [ ! -f "$EAR" ]; then
    echo "Building the server and the EAR (mvn package, tests skipped)..."
    mvn -B -q package -DskipTests
    rm -rf "$SERVER"
fi
if [ ! -d "$SERVER" ]; then
    mkdir -p .run
    cp -r "$BUILT_SERVER" "$SERVER"
fi

if [ -z "${DSP_DB_URL:-}" ]; then
    scripts/postgres.sh dsp
fi

ADMIN_USER="${DSP_ADMIN_USER:-admin}"
ADMIN_PASSWORD="${DSP_ADMIN_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}"

# The WildFly console's user (ManagementRealm). The admin API's user is added below, once the server runs.
"$SERVER/bin/add-user.sh" -s -u "$ADMIN_USER" -p "$ADMIN_PASSWORD" -r ManagementRealm >/dev/null

cp "$EAR" "$SERVER/standalone/deployments/"

"$SERVER/bin/standalone.sh" -c standalone-full.xml >/dev/null 2>&1 &
SERVER_PID=$!
stop() {
    echo "Stopping the server..."
    "$CLI" -c --timeout=10000 --command=":shutdown" >/dev/null 2>&1 || kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
}
trap stop INT TERM

cli() { "$CLI" -c --timeout=5000 --user="$ADMIN_USER" --password="$ADMIN_PASSWORD" "$@" 2>/dev/null; }

echo "Starting WildFly $WILDFLY_VERSION (log: .run/wildfly/standalone/log/server.log)..."
for _ in $(seq 1 180); do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "The server stopped; see .run/wildfly/standalone/log/server.log" >&2; exit 1; }
    status="$(cli --command='/deployment=dsp-inventory.ear:read-attribute(name=status)' || true)"
    case "$status" in
        *'"result" => "OK"'*) break ;;
        *'"result" => "FAILED"'*) echo "dsp-inventory.ear failed to deploy; see the server log" >&2; stop; exit 1 ;;
    esac
    sleep 2
done

# The admin API's administrator: a bcrypt identity in the DspRealm filesystem realm.
SALT="$(head -c 16 /dev/urandom | od -An -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/\([0-9a-f][0-9a-f]\)/0x\1/g; s/ /,/g')"
REALM=/subsystem=elytron/filesystem-realm=DspRealm
cli --command="$REALM:remove-identity(identity=$ADMIN_USER)" >/dev/null || true
cli --commands="$REALM:add-identity(identity=$ADMIN_USER),$REALM:set-password(identity=$ADMIN_USER, bcrypt={password=\"$ADMIN_PASSWORD\", salt=bytes{$SALT}, iteration-count=10}),$REALM:add-identity-attribute(identity=$ADMIN_USER, name=groups, value=[admin])" >/dev/null

cat <<INFO

DSP Inventory is running. Ctrl-C stops it.
  CSPM-N3 WSDL     http://127.0.0.1:8080/dsp/cspm/N3?wsdl
  DUIS (8.14.x)    http://127.0.0.1:8080/dsp/api/v1/serviceD   (signed sr:Request, application/xml)
  DSP certificate  http://127.0.0.1:8080/dsp/api/v1/dsp-certificate
  Returns (SSI)    http://127.0.0.1:8080/dsp/api/v1/returns
  Admin API        http://127.0.0.1:8080/dsp/api/admin/parties
  WildFly console  http://127.0.0.1:9990/console
  Administrator    $ADMIN_USER / $ADMIN_PASSWORD  (HTTP Basic for the admin API, and the console)
  Database         ${DSP_DB_URL:-jdbc:postgresql://127.0.0.1:5432/dsp}
INFO

wait "$SERVER_PID"
