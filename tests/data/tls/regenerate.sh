#!/bin/sh
# Regenerates the test-only CA, server certificate and untrusted certificate (100 years).
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/ca-key.pem" -out ca.pem -days 36500 \
  -subj "/CN=SMSC Test-Only CA (never trust outside tests)" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
openssl req -newkey rsa:2048 -nodes -keyout server-key.pem -out "$tmp/server.csr" -subj "/CN=localhost"
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > "$tmp/ext.cnf"
openssl x509 -req -in "$tmp/server.csr" -CA ca.pem -CAkey "$tmp/ca-key.pem" -CAcreateserial \
  -CAserial "$tmp/ca.srl" -out server.pem -days 36500 -extfile "$tmp/ext.cnf"
openssl req -x509 -newkey rsa:2048 -nodes -keyout untrusted-key.pem -out untrusted-cert.pem -days 36500 \
  -subj "/CN=SMSC untrusted self-signed (test-only)" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"
openssl verify -CAfile ca.pem server.pem
