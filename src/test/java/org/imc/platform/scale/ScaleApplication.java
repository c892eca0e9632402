package org.imc.platform.scale;

import org.imc.platform.Application;
import org.springframework.boot.SpringApplication;

/**
 * The application with the scale tasks added: the production application started unchanged,
 * plus {@link ScaleConfiguration}, which runs the tasks switched on with {@code --imc.scale.*}.
 * Test code, so none of it reaches the production jar; the bench scripts start it
 * ({@code bench/scale-jar.sh}).
 */
public final class ScaleApplication {

    private ScaleApplication() {}

    public static void main(String[] args) {
        SpringApplication.from(Application::main).with(ScaleConfiguration.class).run(args);
    }
}
