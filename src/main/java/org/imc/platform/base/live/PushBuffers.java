package org.imc.platform.base.live;

import com.vaadin.flow.spring.SpringServlet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The buffers every open page's push connection (a WebSocket) holds for as long as the page is
 * open (docs/benchmarks.md, "Live updates: heap per session"). Measured with the defaults: 162 KB
 * more per signed-in session with its push WebSocket than without.
 *
 * <ul>
 * <li><b>Atmosphere</b> gives every WebSocket a byte buffer and a character buffer of
 * {@code org.atmosphere.websocket.bufferSize}, which Vaadin sets to 16 K: 48 KB per page. In
 * Atmosphere 3.0 nothing reads or writes them (they are only cleared when the socket closes),
 * so {@link #atmosphereBufferSize} sets them to 1 K through the Vaadin servlet's init
 * parameters, which Atmosphere reads before Vaadin's own values.
 * <li><b>Tomcat</b> gives every WebSocket 8 K buffers: receiving a text and a binary message,
 * sending, and the characters it encodes from (about 50 KB). The pages send nothing over the
 * push connection but Atmosphere's small heartbeat (their requests go over XHR,
 * {@code Transport.WEBSOCKET_XHR}), and what the server sends is cut by Vaadin into fragments of
 * 4,095 characters and written through the send buffer piece by piece, so 2 K is enough both
 * ways. Tomcat reads the size once, from a system property, when its WebSocket classes load:
 * {@link #configure} sets it before the application starts unless it was given on the command
 * line ({@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE=…}).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class PushBuffers {

    static final String TOMCAT_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final int TOMCAT_BYTES = 2048;
    static final String ATMOSPHERE_PARAMETER = "org.atmosphere.websocket.bufferSize";
    static final int ATMOSPHERE_SIZE = 1024;

    /** Call first in {@code main}. */
    public static void configure() {
        if (System.getProperty(TOMCAT_PROPERTY) == null) {
            System.setProperty(TOMCAT_PROPERTY, Integer.toString(TOMCAT_BYTES));
        }
    }

    @Bean
    static BeanPostProcessor atmosphereBufferSize() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.addInitParameter(ATMOSPHERE_PARAMETER, Integer.toString(ATMOSPHERE_SIZE));
                }
                return bean;
            }
        };
    }
}
