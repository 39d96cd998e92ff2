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
# Issued by the same CA, so that each fails verification for one reason only.
# wronghost: valid and trusted, but for a name the tests never connect to.
openssl req -newkey rsa:2048 -nodes -keyout wronghost-key.pem -out "$tmp/wronghost.csr" -subj "/CN=wrong-host.invalid"
printf 'subjectAltName=DNS:wrong-host.invalid\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n' > "$tmp/wronghost.cnf"
openssl x509 -req -in "$tmp/wronghost.csr" -CA ca.pem -CAkey "$tmp/ca-key.pem" -CAserial "$tmp/ca.srl" \
  -out wronghost.pem -days 36500 -extfile "$tmp/wronghost.cnf"
# expired: valid for 127.0.0.1 and localhost, but only during 2020 (openssl ca can set past dates).
openssl req -newkey rsa:2048 -nodes -keyout expired-key.pem -out "$tmp/expired.csr" -subj "/CN=localhost (expired)"
mkdir "$tmp/ca" && touch "$tmp/ca/index.txt"
cat > "$tmp/ca.cnf" <<CNF
[ca]
default_ca = test
[test]
database = $tmp/ca/index.txt
new_certs_dir = $tmp/ca
serial = $tmp/ca.srl
default_md = sha256
policy = any
copy_extensions = none
x509_extensions = ext
[any]
commonName = supplied
[ext]
subjectAltName = IP:127.0.0.1,DNS:localhost
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
CNF
openssl ca -batch -config "$tmp/ca.cnf" -cert ca.pem -keyfile "$tmp/ca-key.pem" -in "$tmp/expired.csr" \
  -out expired.pem -notext -startdate 20200101000000Z -enddate 20201231000000Z
openssl verify -CAfile ca.pem server.pem wronghost.pem
