#!/usr/bin/env bash
# Turns on the authorization-code flow for client 'app' of Keycloak's benchmark realm, so the load
# suite's code_flow scenario (and nothing else) can sign in through Keycloak's login page:
# standardFlowEnabled=true and the redirect URI added to the client's list. Idempotent: run it after
# every realm.sh (which creates 'app' with the password grant only); a second run changes nothing.
# Needs a running Keycloak with the bootstrap admin and the realm made by
# ../shared/bench/keycloak/realm.sh. Same environment names as that folder's common.sh.
# Usage: src/bench/keycloak-app.sh
set -euo pipefail
: "${KC_HTTP_HOST:=127.0.0.1}"
: "${KC_HTTP_PORT:=8080}"
: "${KC_ADMIN_USER:=admin}"
: "${KC_ADMIN_PASSWORD:=admin}"
: "${BENCH_REALM:=bench}"
: "${APP_CLIENT_ID:=app}"
: "${APP_REDIRECT_URI:=http://127.0.0.1:9999/callback}"
KC_BASE_URL="http://$KC_HTTP_HOST:$KC_HTTP_PORT"

die() { printf 'keycloak-app.sh: %s\n' "$*" >&2; exit 1; }

TOKEN=$(curl -sf --max-time 30 "$KC_BASE_URL/realms/master/protocol/openid-connect/token" \
  --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
  --data-urlencode "username=$KC_ADMIN_USER" --data-urlencode "password=$KC_ADMIN_PASSWORD" | jq -r .access_token) \
  || die "cannot get an admin token from $KC_BASE_URL (is Keycloak up? admin $KC_ADMIN_USER)"
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || die "no admin token from $KC_BASE_URL"
api() { # api METHOD PATH [curl args...] -> body on stdout, fails on HTTP >= 400
  local m=$1 p=$2; shift 2
  curl -sS -f --max-time 60 -X "$m" -H "Authorization: Bearer $TOKEN" "$KC_BASE_URL/admin/realms/$BENCH_REALM$p" "$@"
}

CLIENT=$(api GET "/clients?clientId=$APP_CLIENT_ID" | jq -c '.[0] // empty') \
  || die "cannot read the clients of realm $BENCH_REALM (run realm.sh first)"
[ -n "$CLIENT" ] || die "realm $BENCH_REALM has no client $APP_CLIENT_ID (run realm.sh first)"
ID=$(jq -r .id <<<"$CLIENT")
UPDATED=$(jq -c --arg uri "$APP_REDIRECT_URI" \
  '.standardFlowEnabled = true | .redirectUris = (((.redirectUris // []) + [$uri]) | unique)' <<<"$CLIENT")
if [ "$(jq -S . <<<"$CLIENT")" = "$(jq -S . <<<"$UPDATED")" ]; then
  echo "client $APP_CLIENT_ID of realm $BENCH_REALM already has the standard flow and $APP_REDIRECT_URI"
else
  api PUT "/clients/$ID" -H 'Content-Type: application/json' --data-binary "$UPDATED" >/dev/null
  echo "client $APP_CLIENT_ID of realm $BENCH_REALM: standard flow on, redirect URI $APP_REDIRECT_URI"
fi
api GET "/clients/$ID" | jq -e --arg uri "$APP_REDIRECT_URI" \
  '.standardFlowEnabled and (.redirectUris | index($uri) != null)' >/dev/null \
  || die "client $APP_CLIENT_ID did not take the standard flow and redirect URI"
