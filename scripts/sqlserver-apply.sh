#!/usr/bin/env bash
# Applies the idempotent migration script (scripts/sqlserver-script.sh) to SQL Server and gives the portal its own
# login with data rights only: schema changes happen here, never in the web process (docs/deploy.md).
# Runs as docker-compose.yml's one-shot 'migrate' service, or by hand anywhere sqlcmd (mssql-tools18) is installed.
#
# Environment: SQLSERVER_HOST, SQLCMDPASSWORD (the sa password), PARINDEX_DB_NAME, PARINDEX_DB_USER,
# PARINDEX_DB_PASSWORD; optionally SQLCMD (path to sqlcmd) and MIGRATION_SCRIPT (path to the script).
set -euo pipefail

sqlcmd=${SQLCMD:-/opt/mssql-tools18/bin/sqlcmd}
script=${MIGRATION_SCRIPT:-/parindex/sql/sqlserver.sql}
db=${PARINDEX_DB_NAME:-ParIndex}
user=${PARINDEX_DB_USER:-parindex_app}
: "${SQLCMDPASSWORD:?the sa password is required}" "${PARINDEX_DB_PASSWORD:?the portal login password is required}"

if [ ! -s "$script" ]; then
  echo "Missing $script: run 'dotnet build src/ParIndex.Web && scripts/sqlserver-script.sh' first." >&2
  exit 1
fi

# -C trusts the server's self-signed certificate; -b stops at the first error; -I turns QUOTED_IDENTIFIER on, which
# sqlcmd leaves off and the filtered unique indexes need. The password reaches sqlcmd through SQLCMDPASSWORD.
run() { "$sqlcmd" -S "${SQLSERVER_HOST:-sqlserver},1433" -U sa -C -b -I "$@"; }

run -d master -v DbName="$db" -Q "IF DB_ID(N'\$(DbName)') IS NULL CREATE DATABASE [\$(DbName)];"

# -x: the generated script is applied as is, with no sqlcmd variable substitution.
run -d "$db" -x -i "$script"

run -d master -v AppUser="$user" AppPassword="$PARINDEX_DB_PASSWORD" -Q "
IF SUSER_ID(N'\$(AppUser)') IS NULL
    CREATE LOGIN [\$(AppUser)] WITH PASSWORD = N'\$(AppPassword)', CHECK_POLICY = ON;
ELSE
    ALTER LOGIN [\$(AppUser)] WITH PASSWORD = N'\$(AppPassword)';"

run -d "$db" -v AppUser="$user" -Q "
IF USER_ID(N'\$(AppUser)') IS NULL CREATE USER [\$(AppUser)] FOR LOGIN [\$(AppUser)];
ALTER ROLE db_datareader ADD MEMBER [\$(AppUser)];
ALTER ROLE db_datawriter ADD MEMBER [\$(AppUser)];"

echo "Database $db is at the current schema; login $user has data rights only."
