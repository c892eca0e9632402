package org.imc.platform.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Map;
import org.imc.platform.base.ui.UserMessages;
import org.imc.platform.mail.Delivery;
import org.imc.platform.mail.MailCategory;
import org.imc.platform.mail.MailPreferenceService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.UserService;

/**
 * "My settings": how the user gets e-mails per topic, and the way to their password and
 * two-step sign-in pages.
 */
@Route("settings")
@Menu(order = 99, icon = "vaadin:cog", title = "nav.settings")
@PermitAll
class SettingsView extends VerticalLayout implements HasDynamicTitle {

    final Map<MailCategory, RadioButtonGroup<Delivery>> choices = new EnumMap<>(MailCategory.class);
    final Button save = new Button();

    SettingsView(MailPreferenceService preferences, UserService users, CurrentUser currentUser) {
        addClassName("imc-view");
        String address =
                users.recipient(currentUser.require().id()).map(r -> r.email()).orElse("");
        add(new H1(getTranslation("settings.title")), new H2(getTranslation("settings.mail.title")));
        add(new Paragraph(getTranslation("settings.mail.intro", address)));
        Map<MailCategory, Delivery> mine = preferences.mine();
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        for (MailCategory category : MailCategory.choosable()) {
            RadioButtonGroup<Delivery> group = new RadioButtonGroup<>(getTranslation(category.labelKey()));
            group.setItems(Delivery.values());
            group.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
            group.setValue(mine.get(category));
            group.setId("delivery-" + category.name().toLowerCase(java.util.Locale.ROOT));
            choices.put(category, group);
            form.add(group);
        }
        save.setText(getTranslation("settings.mail.save"));
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Map<MailCategory, Delivery> chosen = new EnumMap<>(MailCategory.class);
            choices.forEach((category, group) -> chosen.put(category, group.getValue()));
            if (UserMessages.attempt(() -> preferences.saveMine(chosen))) {
                UserMessages.showSuccess("settings.mail.saved");
            }
        });
        add(form, save);

        add(new H2(getTranslation("settings.account.title")));
        add(new Anchor("account/password", getTranslation("settings.account.password")));
        add(new Anchor("two-step-sign-in", getTranslation("settings.account.two-step")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · IMC";
    }
}
