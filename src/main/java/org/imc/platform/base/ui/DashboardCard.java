package org.imc.platform.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A titled box on the dashboard: an optional big figure, a line of text and any extra content.
 */
public class DashboardCard extends Div {

    public DashboardCard(String title) {
        addClassName("imc-card");
        add(new H2(title));
    }

    public DashboardCard figure(String value, String label) {
        Span figure = new Span(value);
        figure.addClassName("imc-card-figure");
        Span caption = new Span(label);
        caption.addClassName("imc-card-caption");
        Div box = new Div(figure, caption);
        box.addClassName("imc-card-metric");
        add(box);
        return this;
    }

    public DashboardCard text(String text) {
        add(new Paragraph(text));
        return this;
    }

    public DashboardCard with(Component... components) {
        add(components);
        return this;
    }
}
