# Production image: builds the jar without the embedded database and runs it with the prod
# profile against the MariaDB named by DB_URL / DB_USER / DB_PASSWORD.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pprod
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pprod -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app imc
# The same JVM options for the training run below and for every start: the ahead-of-time cache is
# only used by a JVM configured like the one that made it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
WORKDIR /app/extracted
COPY --from=build /src/target/imc-platform.jar /tmp/imc-platform.jar
# The extracted layout (the application jar next to lib/) instead of the nested jar: classes and
# resources load from plain jars, at start-up and whenever the framework looks one up.
RUN java -Djarmode=tools -jar /tmp/imc-platform.jar extract --destination /app/extracted && rm /tmp/imc-platform.jar
# Ahead-of-time cache (Java 25, JEP 483 and 514): a training run builds the application context
# once (no database needed: no schema check, no migration, no metadata look-up; it exits before
# anything connects) and keeps the classes it loaded and linked, and the profile of that run;
# every start then maps them instead of loading, verifying and linking them again
# (bench/image-start.sh: about half the start-up time of the plain start). The prod profile needs
# a second-factor key to build its context: a throw-away one, used by nothing.
RUN SPRING_PROFILES_ACTIVE=prod DB_URL=jdbc:mariadb://127.0.0.1:1/training \
        IMC_MFA_KEY="$(head -c 32 /dev/urandom | base64)" \
        java -XX:AOTCacheOutput=/app/imc.aot -Dspring.context.exit=onRefresh \
        -Dspring.liquibase.enabled=false -Dspring.jpa.hibernate.ddl-auto=none \
        -Dspring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
        -Dspring.jpa.database-platform=org.hibernate.dialect.MariaDBDialect \
        -jar imc-platform.jar \
    && chown -R imc /app
USER imc
ENV SPRING_PROFILES_ACTIVE=prod
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/imc.aot", "-jar", "imc-platform.jar"]
