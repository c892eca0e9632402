package org.imc.platform.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's contribution to the top bar of the main layout (e.g. the notification bell).
 * Implementations are Spring beans; {@link #create()} is called once per layout instance.
 */
public interface HeaderWidget {

    Component create();

    /** Called after each navigation so the widget can refresh what it shows. */
    default void refresh(Component widget) {}
}
