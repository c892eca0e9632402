package org.imc.platform.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in page: side navigation with only the pages the user may
 * open, the features' header widgets, and sign-out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, List<HeaderWidget> headerWidgets, LanguagePreference languages) {
        setPrimarySection(Section.DRAWER);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("imc-app-name");
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        addToDrawer(appName, nav);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        HorizontalLayout header = new HorizontalLayout();
        header.addClassName("imc-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        for (HeaderWidget widget : headerWidgets) {
            header.add(widget.create());
        }
        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("imc-user-name");
        Button signOut =
                new Button(getTranslation("nav.sign-out"), new Icon("vaadin:sign-out"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // on a phone only the icon shows (imc.css); the name stays for screen readers
        signOut.setAriaLabel(getTranslation("nav.sign-out"));
        signOut.addClassName("imc-sign-out");
        header.add(new LanguagePicker(languages), who, signOut);
        addToNavbar(toggle, header);
        // ask once for the browser's time zone so dates and times are shown in it
        addAttachListener(e -> e.getUI().getPage().retrieveExtendedClientDetails(details -> {}));
    }
}
