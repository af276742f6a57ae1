# syntax=docker/dockerfile:1

# ---- Build stage -----------------------------------------------------------------------------
# Pinned Temurin JDK on Ubuntu 24.04 (noble). Noble rather than jammy because the Maven build runs
# npm, and jammy's distro Node.js (12.x) is too old for sass and for build.mjs (fs.cpSync);
# noble ships Node.js 18.
FROM eclipse-temurin:17.0.15_6-jdk-noble AS build

RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /build
COPY mvnw ./
COPY .mvn .mvn
COPY pom.xml package.json package-lock.json ./
COPY src src

# The cache mounts keep the Maven repository and npm cache between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.npm \
    chmod +x mvnw && ./mvnw -B -DskipTests package

# ---- Runtime stage ---------------------------------------------------------------------------
FROM eclipse-temurin:17.0.15_6-jre-noble

RUN groupadd --system followon \
 && useradd --system --gid followon --home-dir /app --shell /usr/sbin/nologin followon

WORKDIR /app
COPY --from=build /build/target/follow-on-0.1.0-SNAPSHOT.jar /app/app.jar
# /app is writable by the app user only so that the embedded database's ./data directory can be
# created if someone runs the image without a database (never the case under the prod profile).
RUN chown -R followon:followon /app

USER followon
EXPOSE 8080

# prod: no demo data, no embedded PostgreSQL; it needs SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD
# and, because the session cookie is Secure, HTTPS in front (a TLS-terminating proxy).
ENV SPRING_PROFILES_ACTIVE=prod

# No HEALTHCHECK: the JRE image has no curl/wget. Orchestrators can probe /actuator/health.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
