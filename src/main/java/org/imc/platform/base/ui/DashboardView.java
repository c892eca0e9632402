package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The home page: every feature adds the cards that fit the signed-in user's roles.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView(List<DashboardContribution> contributions) {
        setPadding(true);
        add(new H1(getTranslation("dashboard.title")));
        Div cards = new Div();
        cards.addClassName("imc-card-grid");
        contributions.stream()
                .sorted(Comparator.comparingInt(DashboardContribution::order))
                .flatMap(c -> c.cards().stream())
                .forEach(cards::add);
        if (cards.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation(
                    "dashboard.empty",
                    SecurityContextHolder.getContext().getAuthentication().getName())));
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · IMC";
    }
}
