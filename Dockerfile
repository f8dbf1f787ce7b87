# syntax=docker/dockerfile:1
# The portal image: built with the .NET 10 SDK, run on the ASP.NET Core runtime as the image's non-root user.
# docker-compose.yml runs it against SQL Server; docs/deploy.md explains the settings.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json is left out on purpose: it pins the developers' SDK, while the image brings its own 10.0 SDK.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ParIndex.Domain/ParIndex.Domain.csproj src/ParIndex.Domain/
COPY src/ParIndex.Application/ParIndex.Application.csproj src/ParIndex.Application/
COPY src/ParIndex.Infrastructure/ParIndex.Infrastructure.csproj src/ParIndex.Infrastructure/
COPY src/ParIndex.Migrations.Sqlite/ParIndex.Migrations.Sqlite.csproj src/ParIndex.Migrations.Sqlite/
COPY src/ParIndex.Migrations.SqlServer/ParIndex.Migrations.SqlServer.csproj src/ParIndex.Migrations.SqlServer/
COPY src/ParIndex.Web/ParIndex.Web.csproj src/ParIndex.Web/
# Restoring from the project files alone keeps this layer cached until a package changes.
RUN dotnet restore src/ParIndex.Web/ParIndex.Web.csproj
COPY src/ src/
RUN dotnet publish src/ParIndex.Web/ParIndex.Web.csproj -c Release --no-restore -o /app/publish -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# fonts-liberation2 (Liberation Serif, metric-compatible with Times New Roman: Decree 30/2020 documents), fonts-noto-core
# and libfontconfig1: Vietnamese glyphs and what SkiaSharp's native library loads, for the PDF
# reports (docs/adr/0006); curl: the health check below; tzdata: Asia/Ho_Chi_Minh for deadlines.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-liberation2 fonts-noto-core libfontconfig1 curl tzdata \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
# data/ holds evidence files, logs/ the rolling Serilog files; both are volumes in docker-compose.yml and must
# belong to the non-root user before the volumes are first created from them.
RUN mkdir -p /app/data /app/logs && chown -R "$APP_UID" /app/data /app/logs
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS http://localhost:8080/health || exit 1
ENTRYPOINT ["dotnet", "ParIndex.Web.dll"]
