# Shared by the bench scripts: checks the JDK, sets the defaults and builds the production jar
# when it is missing or older than the sources (REBUILD=1 forces it). Source it; do not run it.
# A script may set IMC_DATA_DIR and PORT before sourcing to change their defaults.

if [[ -z "${JAVA_HOME:-}" || ! -x "$JAVA_HOME/bin/java" ]]; then
    echo "Set JAVA_HOME to a JDK 21 or newer." >&2
    exit 1
fi
java_version=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = //p')
if (( ${java_version%%.*} < 21 )); then
    echo "JAVA_HOME points to Java $java_version; a JDK 21 or newer is needed." >&2
    exit 1
fi
export JAVA_HOME
export IMC_DATA_DIR="${IMC_DATA_DIR:-data/scale}"
export PORT="${PORT:-8092}"
jar=target/imc-platform.jar

# Only warnings and the benchmark's own report reach the console.
quiet=(--logging.level.root=warn --spring.main.banner-mode=off)

build_jar() {
    if [[ "${REBUILD:-0}" == 1 || ! -f $jar || -n $(find pom.xml src/main frontend -path frontend/generated -prune -o -newer "$jar" -print -quit 2>/dev/null) ]]; then
        echo "Building $jar ..."
        ./mvnw -B -q -DskipTests package
    fi
}
