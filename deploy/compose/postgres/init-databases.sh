#!/usr/bin/env bash
# Run by the postgres image on its first start (an empty data volume) only: one owner role and one database per
# service, plus Keycloak's. Nobody but the owner (and the superuser) may connect to a database, so no service can
# read another's. Passwords come from deploy/compose/.env; changing them later needs ALTER ROLE ... PASSWORD.
set -euo pipefail

owned_database() {
  local database=$1 role=$2 password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v database="$database" -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE CONNECT, TEMPORARY ON DATABASE :"database" FROM PUBLIC;
SQL
}

owned_database members members "$MEMBERS_DB_PASSWORD"
owned_database events events "$EVENTS_DB_PASSWORD"
owned_database mentoring mentoring "$MENTORING_DB_PASSWORD"
owned_database notifications notifications "$NOTIFICATIONS_DB_PASSWORD"
owned_database keycloak keycloak "$KEYCLOAK_DB_PASSWORD"
