# Shared by the bench scripts: checks the JDK, sets the defaults and builds the production jar
# and the scale tasks when they are missing or older than the sources (REBUILD=1 forces it).
# Source it; do not run it. A script may set IMC_DATA_DIR and PORT before sourcing to change
# their defaults.
#
# The scale data generators and benchmarks are test code (src/test/java/org/imc/platform/scale)
# and are not in the production jar. They run on the unchanged production jar, with the scale
# classes (target/scale-tasks.jar, packed from target/test-classes) added by Spring Boot's
# PropertiesLauncher and ScaleApplication as the main class:
#   "$JAVA_HOME/bin/java" "${scale_app[@]}" --imc.scale.generate=true --imc.scale.exit=true

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
scale_jar=target/scale-tasks.jar
scale_main=org.imc.platform.scale.ScaleApplication
scale_app=(-cp "$jar" -Dloader.path="$scale_jar" -Dloader.main="$scale_main"
    org.springframework.boot.loader.launch.PropertiesLauncher)

# Only warnings and the benchmark's own report reach the console.
quiet=(--logging.level.root=warn --spring.main.banner-mode=off)

build_jar() {
    if [[ "${REBUILD:-0}" == 1 || ! -f $jar || ! -f $scale_jar \
            || -n $(find pom.xml src/main src/test/java/org/imc/platform/scale frontend -path frontend/generated -prune \
                    -o -newer "$jar" -print -quit 2>/dev/null) ]]; then
        echo "Building $jar and $scale_jar ..."
        ./mvnw -B -q -DskipTests package  # compiles the test classes too
        rm -f "$scale_jar"
        "$JAVA_HOME/bin/jar" --create --file "$scale_jar" -C target/test-classes org/imc/platform/scale
    fi
}
