package org.imc.platform.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus one small stylesheet of our own (served as a plain static file,
 * so no front-end build is needed).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/imc.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("IMC Platform");
        settings.addMetaTag("description", "IMC Platform: twinning, distance learning and the revolving fund");
    }
}
