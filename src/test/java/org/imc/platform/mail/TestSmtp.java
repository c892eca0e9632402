package org.imc.platform.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.imc.platform.base.db.TcpProxy;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One real SMTP server (GreenMail) for the whole test run, started on a free port before the
 * first application context, behind a {@link TcpProxy} that a test can cut to play an
 * unreachable mail server. Every test context's {@code spring.mail.*} points at the proxy
 * (registered in {@code META-INF/spring.factories}), so the shared context sends real e-mails.
 */
public final class TestSmtp implements EnvironmentPostProcessor {

    private static GreenMail server;
    private static TcpProxy proxy;

    public static synchronized GreenMail server() {
        start();
        return server;
    }

    public static synchronized TcpProxy proxy() {
        start();
        return proxy;
    }

    private static void start() {
        if (server != null) {
            return;
        }
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            proxy = TcpProxy.start("127.0.0.1", port);
            server = mail;
            TcpProxy started = proxy;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                mail.stop();
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages received so far for an address. */
    public static List<MimeMessage> receivedFor(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    /** The plain-text part of a received message (decoded). */
    public static String plainText(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = plainText(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first absolute link in the plain text that leads to {@code route}. */
    public static String link(MimeMessage message, String route) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S+/" + route + "\\S*")
                .matcher(plainText(message));
        if (!m.find()) {
            throw new AssertionError("no link to " + route + " in: " + plainText(message));
        }
        return m.group();
    }

    /** The first attachment's content type, or null. */
    public static String calendarPart(MimeMessage message) {
        try {
            if (message.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                    if (part.isMimeType("text/calendar")) {
                        return new String(
                                part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-smtp",
                        Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(proxy().port()))));
    }
}
