#!/usr/bin/env bash
# Runs the OpenID Foundation conformance suite's Basic OP plan against the demo pool.
#
# Not part of CI: the suite is a separate server (https://gitlab.com/openid/conformance-suite) that
# must be running and able to reach Gatehouse over HTTPS. Requirements:
#   CONFORMANCE_SERVER   base URL of a running suite, e.g. https://localhost.emobix.co.uk:8443
#   CONFORMANCE_DIR      a checkout of the suite (for scripts/run-test-plan.py)
#   GATEHOUSE_PUBLIC_URL the public HTTPS URL Gatehouse runs with (the suite fetches discovery there)
#   AK / SK              an access key of the account that owns us-east-1_DemoPool1 (SigV4 admin API)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
: "${CONFORMANCE_SERVER:?} ${CONFORMANCE_DIR:?} ${GATEHOUSE_PUBLIC_URL:?} ${AK:?} ${SK:?}"
pool=us-east-1_DemoPool1
callback="$CONFORMANCE_SERVER/test/a/gatehouse/callback"

create_client() {
  curl -sf --aws-sigv4 "aws:amz:${GATEHOUSE_REGION:-us-east-1}:gatehouse" --user "$AK:$SK" \
       -H 'Content-Type: application/json' "$GATEHOUSE_PUBLIC_URL/api/v1/user-pools/$pool/clients" \
       -d "{\"name\":\"$1\",\"generateSecret\":true,\"grantTypes\":[\"authorization_code\",\"refresh_token\"],
            \"scopes\":[\"openid\",\"email\",\"profile\",\"phone\"],\"callbackUrls\":[\"$callback\"]}"
}

read -r CLIENT_ID CLIENT_SECRET < <(create_client conformance-1 | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c["clientId"], c["clientSecret"])')
read -r CLIENT2_ID CLIENT2_SECRET < <(create_client conformance-2 | python3 -c 'import json,sys; c=json.load(sys.stdin); print(c["clientId"], c["clientSecret"])')
export CLIENT_ID CLIENT_SECRET CLIENT2_ID CLIENT2_SECRET GATEHOUSE_PUBLIC_URL

config=$(mktemp --suffix=.json)
envsubst < "$here/basic-plan.json" > "$config"
python3 "$CONFORMANCE_DIR/scripts/run-test-plan.py" --expected-failures-file /dev/null \
  "oidcc-basic-certification-test-plan[server_metadata=discovery][client_registration=static_client]" "$config"
