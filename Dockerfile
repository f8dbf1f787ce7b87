# ParIndex portal for production (SQL Server). docker-compose.yml builds the "portal" and "migrator" targets.
# Not built on the development machines (no Docker there): kept correct by reading, see docs/deploy.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet tool restore \
 && dotnet publish src/ParIndex.Web -c Release -o /app/publish \
 && dotnet ef migrations script --idempotent --context ParIndexDbContext \
      --project src/ParIndex.Migrations.SqlServer --startup-project src/ParIndex.Web -o /app/sql/sqlserver.sql \
      -- --Database:Provider SqlServer --ConnectionStrings:SqlServer "Server=build;Database=ParIndex"

# Applies the idempotent schema script, then exits; the portal refuses to start on a schema behind its code.
FROM mcr.microsoft.com/mssql/server:2022-latest AS migrator
COPY --from=build /app/sql/sqlserver.sql /migrations/sqlserver.sql
ENTRYPOINT ["/bin/bash", "-c", "/opt/mssql-tools18/bin/sqlcmd -C -b -S \"$DB_HOST\" -U sa -P \"$MSSQL_SA_PASSWORD\" -Q \"IF DB_ID('ParIndex') IS NULL CREATE DATABASE ParIndex\" && /opt/mssql-tools18/bin/sqlcmd -C -b -S \"$DB_HOST\" -U sa -P \"$MSSQL_SA_PASSWORD\" -d ParIndex -i /migrations/sqlserver.sql"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS portal
# Fonts for the PDF reports (Vietnamese text), tzdata for Asia/Ho_Chi_Minh.
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-core tzdata curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
RUN mkdir -p /app/data /app/logs && chown -R app:app /app/data /app/logs
USER app
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "ParIndex.Web.dll"]
