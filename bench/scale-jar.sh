# Shared by the bench scripts: checks the JDK, sets the defaults and builds the production jar
# and the scale tasks when they are missing or older than the sources (REBUILD=1 forces it).
# Source it; do not run it. A script may set IMC_DATA_DIR and PORT before sourcing to change
# their defaults.
#
# The scale data generators and benchmarks are test code (src/test/java/org/imc/platform/scale)
# and are not in the production jar. They run on the unchanged production jar in the extracted
# layout the Docker image runs (target/extracted: the application jar next to lib/, whose
# manifest names the libraries), with the scale classes (target/scale-tasks.jar, packed from
# target/test-classes) added to the class path and ScaleApplication as the main class:
#   "$JAVA_HOME/bin/java" "${scale_app[@]}" --imc.scale.generate=true --imc.scale.exit=true
# The nested jar would cost the node measurable CPU on every request: Vaadin's look-ups scan the
# class path, and inside a nested jar that means opening its entries (docs/benchmarks.md).

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
extracted=target/extracted
scale_app=(-cp "$extracted/imc-platform.jar:$scale_jar" "$scale_main")

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
    if [[ ! -f $extracted/imc-platform.jar || $jar -nt $extracted/imc-platform.jar ]]; then
        rm -rf "$extracted"
        "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$extracted"
    fi
}
