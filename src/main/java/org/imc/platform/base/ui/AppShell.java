package org.imc.platform.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell: Lumo plus one small stylesheet of our own (served as a plain static file,
 * so no front-end build is needed), and server push for live updates ({@code base/live}). Push
 * goes over a WebSocket (long polling where a WebSocket cannot be opened); the browser's own
 * requests stay ordinary HTTP requests (WEBSOCKET_XHR), so each of them passes the security
 * filters (session revocation, absolute lifetime) as before.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/imc.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("IMC Platform");
        settings.addMetaTag("description", "IMC Platform: twinning, distance learning and the revolving fund");
    }
}
