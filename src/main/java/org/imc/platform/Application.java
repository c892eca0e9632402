package org.imc.platform;

import org.imc.platform.base.live.PushBuffers;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        PushBuffers.configure();
        SpringApplication.run(Application.class, args);
    }
}
