package org.imc.platform.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.base.ui.PhoneColumns;
import org.imc.platform.mail.MailCategory;
import org.imc.platform.mail.OutboxMessage;
import org.imc.platform.mail.OutboxService;
import org.imc.platform.mail.OutboxStatus;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.Sort;

/**
 * The outbox: every e-mail written, sent or kept (without a mail server they are kept here, so a
 * newcomer sees what would have gone out), paged and sorted in the database; one opens to read.
 */
@Route("admin/outbox")
@Menu(order = 92, icon = "vaadin:envelopes", title = "nav.outbox")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient OutboxService outbox;
    final Grid<OutboxMessage> grid = new Grid<>();

    OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        addClassName("imc-view");
        setSizeFull();
        Paragraph note = new Paragraph(
                getTranslation(outbox.sending() ? "admin.outbox.sending-note" : "admin.outbox.kept-note"));
        note.setId("outbox-note");
        configureGrid();
        add(new H1(getTranslation("admin.outbox.title")), note, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        // on a phone: subject, status and the button that opens the message
        PhoneColumns.keep(grid, 3, 4, 6);
        Grid.Column<OutboxMessage> created = grid.addColumn(m -> Formats.dateTime(m.getCreatedAt()))
                .setHeader(getTranslation("admin.outbox.created"))
                .setKey("createdAt")
                .setSortProperty("createdAt")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMessage::getRecipientAddress)
                .setHeader(getTranslation("admin.outbox.recipient"))
                .setKey("recipient")
                .setSortProperty("recipientAddress")
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(m -> getTranslation(m.getCategory().labelKey()))
                .setHeader(getTranslation("admin.outbox.category"))
                .setKey("category")
                .setSortProperty("category")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMessage::getSubject)
                .setHeader(getTranslation("admin.outbox.subject"))
                .setKey("subject")
                .setSortProperty("subject")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(m -> getTranslation(m.getStatus().labelKey()))
                .setHeader(getTranslation("admin.outbox.status"))
                .setKey("status")
                .setSortProperty("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxMessage::getAttempts)
                .setHeader(getTranslation("admin.outbox.attempts"))
                .setKey("attempts")
                .setSortProperty("attempts")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(m -> {
                    Button view = new Button(getTranslation("admin.outbox.view"), e -> open(m.getId()));
                    view.setAriaLabel(getTranslation("admin.outbox.view.aria", m.getSubject()));
                    view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return view;
                })
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setMultiSort(false);
        grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.setItems(
                query -> outbox
                        .page(VaadinSpringDataHelpers.toSpringPageRequest(query)
                                .withSort(orDefault(VaadinSpringDataHelpers.toSpringDataSort(query))))
                        .stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count()));
    }

    private static Sort orDefault(Sort sort) {
        return (sort.isUnsorted() ? Sort.by(Sort.Direction.DESC, "createdAt") : sort).and(Sort.by("id"));
    }

    private void open(Long id) {
        OutboxMessage message = outbox.get(id);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(message.getSubject());
        dialog.setWidth("min(48rem, 95vw)");
        dialog.add(new Paragraph(getTranslation("admin.outbox.recipient") + ": " + message.getRecipientAddress()));
        dialog.add(new Paragraph(getTranslation("admin.outbox.status") + ": "
                + getTranslation(message.getStatus().labelKey())
                + (message.getSentAt() == null ? "" : " · " + Formats.dateTime(message.getSentAt()))));
        if (message.getLastError() != null) {
            dialog.add(new Paragraph(getTranslation("admin.outbox.error", message.getLastError())));
        }
        // an unsent account e-mail's link works as a password: shown only while no mail server
        // exists (then the admin passes it on), never once it could have reached its owner
        boolean hidden = message.getCategory() == MailCategory.ACCOUNT && message.getStatus() != OutboxStatus.KEPT;
        if (hidden) {
            dialog.add(new Paragraph(getTranslation("admin.outbox.hidden")));
        } else {
            Pre body = new Pre(message.getBodyText());
            body.setId("outbox-body");
            body.getStyle().set("white-space", "pre-wrap");
            dialog.add(body);
        }
        if (message.getCalendar() != null) {
            dialog.add(new Paragraph(getTranslation("admin.outbox.calendar")));
        }
        Button close = new Button(getTranslation("admin.outbox.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.outbox.title") + " · IMC";
    }
}
