package org.imc.platform.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import java.util.List;
import org.imc.platform.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/** The push connection's buffer sizes reach Atmosphere (the Vaadin servlet's init parameters) and Tomcat. */
class PushBuffersTest extends IntegrationTest {

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    @Test
    void atmosphereReadsTheSmallBufferSizeFromTheVaadinServlet() {
        ServletRegistrationBean<?> vaadin = servlets.stream()
                .filter(s -> s.getServlet() instanceof SpringServlet)
                .findFirst()
                .orElseThrow();
        assertThat(vaadin.getInitParameters())
                .containsEntry("org.atmosphere.websocket.bufferSize", "1024")
                .as("Vaadin's own parameters stay")
                .containsKey("org.atmosphere.container.JSR356AsyncSupport.mappingPath");
    }

    @Test
    void tomcatsSizeIsSetUnlessGivenOnTheCommandLine() {
        String before = System.getProperty(PushBuffers.TOMCAT_PROPERTY);
        try {
            System.clearProperty(PushBuffers.TOMCAT_PROPERTY);
            PushBuffers.configure();
            assertThat(System.getProperty(PushBuffers.TOMCAT_PROPERTY)).isEqualTo("2048");
            System.setProperty(PushBuffers.TOMCAT_PROPERTY, "4096");
            PushBuffers.configure();
            assertThat(System.getProperty(PushBuffers.TOMCAT_PROPERTY)).isEqualTo("4096");
        } finally {
            if (before == null) {
                System.clearProperty(PushBuffers.TOMCAT_PROPERTY);
            } else {
                System.setProperty(PushBuffers.TOMCAT_PROPERTY, before);
            }
        }
    }
}
