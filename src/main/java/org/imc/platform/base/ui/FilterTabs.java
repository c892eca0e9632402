package org.imc.platform.base.ui;

import com.vaadin.flow.component.tabs.Tabs;

/**
 * Tabs that switch what one list shows (upcoming or past events, open or closed proposals).
 *
 * <p>Vaadin's tab strip wraps its tabs in a scrolling part marked {@code tabindex="-1"}; a
 * focusable element between a {@code tablist} and its {@code tab}s breaks the required
 * structure (axe-core's {@code aria-required-children}, critical), so screen readers may not
 * announce the tabs as a set. The attribute is removed once the strip has rendered; the tabs
 * keep their own roving focus, and the part never becomes a tab stop because it holds them.
 */
public class FilterTabs extends Tabs {

    public FilterTabs() {
        addAttachListener(e -> getElement()
                .executeJs("this.updateComplete.then(() => {"
                        + " const strip = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"tabs\"]');"
                        + " if (strip) { strip.removeAttribute('tabindex'); } })"));
    }
}
