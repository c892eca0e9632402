package org.imc.platform.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's contribution to the top bar of the main layout (e.g. the notification bell).
 * Implementations are Spring beans; {@link #create()} is called once per layout instance. The
 * layout stays while the user moves between pages, so a widget that shows changing data follows
 * its live topic ({@code LiveUpdates}) instead of reading again at every navigation.
 */
public interface HeaderWidget {

    Component create();
}
