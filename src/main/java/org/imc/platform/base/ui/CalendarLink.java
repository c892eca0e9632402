package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** "Add to calendar": downloads an {@code .ics} entry built when it is clicked. */
public final class CalendarLink {

    private CalendarLink() {}

    public static Anchor of(String fileName, String name, SerializableSupplier<String> calendar) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = calendar.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/calendar; charset=UTF-8", bytes.length);
                }),
                "");
        link.setText(link.getTranslation("calendar.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("aria-label", link.getTranslation("calendar.download.aria", name));
        link.addClassName("imc-calendar-link");
        return link;
    }
}
