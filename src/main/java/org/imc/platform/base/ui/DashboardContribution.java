package org.imc.platform.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * A feature's cards on the home dashboard. Each implementation decides from the signed-in user's
 * roles which cards (if any) to show; cards are created anew for every dashboard visit.
 */
public interface DashboardContribution {

    /** Lower comes first. */
    default int order() {
        return 100;
    }

    List<Component> cards();
}
