package org.imc.platform.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * On a phone a grid shows only its essential columns, wide enough to read, instead of every
 * column squeezed to a few letters; the others come back when the window is wider. The window's
 * width comes from the browser's details and its resize events.
 */
public final class PhoneColumns {

    /** Windows up to this width (CSS pixels) are treated as phones; imc.css uses the same. */
    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {}

    /** Keeps the columns at these positions (0 = the first) on a phone and hides the others. */
    public static void keep(Grid<?> grid, int... essential) {
        Set<Integer> kept = IntStream.of(essential).boxed().collect(Collectors.toSet());
        Registration[] resize = new Registration[1];
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> show(grid, kept, details.getWindowInnerWidth()));
            resize[0] = ui.getPage().addBrowserWindowResizeListener(e -> show(grid, kept, e.getWidth()));
        });
        grid.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }

    private static void show(Grid<?> grid, Set<Integer> kept, int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth <= PHONE_MAX_WIDTH;
        List<? extends Grid.Column<?>> columns = grid.getColumns();
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).setVisible(!phone || kept.contains(i));
        }
    }
}
