#!/usr/bin/env bash
# Development TLS for the CSP gateways' HTTPS listener, made once into a directory with the JDK's keytool:
#   dsp-tls.p12    the server's key and a self-signed certificate for localhost and 127.0.0.1;
#   csp-ca.p12     a development certificate authority standing in for the DCC's (DCCKI), to issue gateway
#                  certificates with (keytool -gencert, or the tests);
#   csp-trust.p12  that authority's certificate alone: the listener's trust store;
#   csp-ca.crl     that authority's certificate revocation list, empty at first (revoke a gateway's certificate with
#                  keytool -gencrl -id SERIAL:1, README, 'Revoking a gateway certificate').
# Each store's password is generated into <store>.password (owner-readable only), unless DSP_TLS_DEV_PASSWORD
# gives one for all of them (the tests do, to open the stores they issue from).
# Prints the environment that points the server at them, for eval. Production sets DSP_TLS_KEYSTORE,
# DSP_TLS_KEYSTORE_PASSWORD, DSP_CSP_TRUSTSTORE, DSP_CSP_TRUSTSTORE_PASSWORD and DSP_CSP_CRL itself and never runs this.
# Usage: eval "$(scripts/tls.sh DIR)"
set -euo pipefail
umask 077
DIR="$1"
mkdir -p "$DIR"
chmod 700 "$DIR"

password_of() {
    local file="$DIR/$1.password"
    if [ ! -f "$file" ]; then
        (printf %s "${DSP_TLS_DEV_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')}" >"$file")
    fi
    cat "$file"
}

keytool_quiet() { keytool "$@" >/dev/null 2>&1 || { echo "tls.sh: keytool $1 failed" >&2; keytool "$@" >&2; exit 1; }; }

SERVER_PASSWORD="$(password_of dsp-tls)"
if [ ! -f "$DIR/dsp-tls.p12" ]; then
    keytool_quiet -genkeypair -keystore "$DIR/dsp-tls.p12" -storetype PKCS12 -storepass "$SERVER_PASSWORD" \
        -alias dsp-tls -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 825 \
        -dname "CN=localhost, OU=Development, O=DSP Inventory" -ext "SAN=dns:localhost,ip:127.0.0.1"
fi

CA_PASSWORD="$(password_of csp-ca)"
TRUST_PASSWORD="$(password_of csp-trust)"
if [ ! -f "$DIR/csp-trust.p12" ]; then
    rm -f "$DIR/csp-ca.p12"
    keytool_quiet -genkeypair -keystore "$DIR/csp-ca.p12" -storetype PKCS12 -storepass "$CA_PASSWORD" \
        -alias csp-ca -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 3650 \
        -dname "CN=Development CSP Gateway CA, OU=Development, O=DSP Inventory" -ext "BC:c=ca:true,pathlen:0" \
        -ext "KU:c=keyCertSign,cRLSign"
    keytool_quiet -exportcert -keystore "$DIR/csp-ca.p12" -storepass "$CA_PASSWORD" -alias csp-ca -rfc \
        -file "$DIR/csp-ca.pem"
    keytool_quiet -importcert -noprompt -keystore "$DIR/csp-trust.p12" -storetype PKCS12 \
        -storepass "$TRUST_PASSWORD" -alias csp-ca -file "$DIR/csp-ca.pem"
fi

if [ ! -f "$DIR/csp-ca.crl" ]; then
    keytool_quiet -gencrl -keystore "$DIR/csp-ca.p12" -storepass "$CA_PASSWORD" -alias csp-ca -validity 365 -rfc \
        -file "$DIR/csp-ca.crl"
fi

cat <<ENV
export DSP_TLS_KEYSTORE='$DIR/dsp-tls.p12' DSP_TLS_KEYSTORE_PASSWORD='$SERVER_PASSWORD'
export DSP_CSP_TRUSTSTORE='$DIR/csp-trust.p12' DSP_CSP_TRUSTSTORE_PASSWORD='$TRUST_PASSWORD'
export DSP_CSP_CRL='$DIR/csp-ca.crl'
ENV
