package org.imc.platform.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.learning.CertificateService;
import org.imc.platform.learning.VerifiedCertificate;

/**
 * Public check of a certificate code, no sign-in needed. It confirms learner, course and date
 * of a real certificate, or says that no certificate has the code; nothing else is shown.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
class VerifyCertificateView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient CertificateService certificates;
    final TextField code = new TextField();
    final Div result = new Div();

    VerifyCertificateView(CertificateService certificates) {
        this.certificates = certificates;
        addClassNames("imc-view", "imc-verify");
        code.setLabel(getTranslation("learning.verify.code"));
        code.setWidth("22rem");
        code.setMaxLength(60);
        Button check = new Button(
                getTranslation("learning.verify.check"),
                e -> getUI().ifPresent(ui ->
                        ui.navigate(VerifyCertificateView.class, code.getValue().trim())));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Div form = new Div(code, check);
        form.addClassName("imc-filters");
        result.setId("verification-result");
        result.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("learning.verify.title")),
                new Paragraph(getTranslation("learning.verify.intro")),
                form,
                result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        result.removeAll();
        if (parameter == null || parameter.isBlank()) {
            return;
        }
        code.setValue(parameter);
        Optional<VerifiedCertificate> found = certificates.verify(parameter);
        if (found.isPresent()) {
            VerifiedCertificate c = found.get();
            result.setClassName("imc-verify-valid");
            result.add(
                    new H2(getTranslation("learning.verify.valid")),
                    new Paragraph(getTranslation(
                            "learning.verify.valid-text",
                            c.learnerName(),
                            c.courseTitle(),
                            Formats.date(c.issuedOn()))),
                    new Paragraph(c.code()));
        } else {
            result.setClassName("imc-verify-unknown");
            result.add(new H2(getTranslation("learning.verify.unknown")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.verify.title") + " · IMC";
    }
}
