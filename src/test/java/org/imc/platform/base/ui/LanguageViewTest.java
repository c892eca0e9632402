package org.imc.platform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.Locale;
import org.imc.platform.base.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The header's language picker draws the current page anew in the chosen language and keeps the
 * choice on the account; Arabic turns the page right to left with Latin digits.
 */
@ViewTest
@WithUserDetails("mayor")
class LanguageViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheBrowsersLanguage() {
        jdbc.update("UPDATE app_user SET language = NULL WHERE username = 'mayor'");
    }

    @Test
    void theDashboardIsEnglishUntilFrenchIsChosenAndTheChoiceIsKeptOnTheAccount() {
        navigate(DashboardView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Dashboard");

        test(find(LanguagePicker.class).single()).selectItem("Français");

        assertThat(find(H1.class).single().getText()).isEqualTo("Tableau de bord");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
        assertThat(find(LanguagePicker.class).single().getValue()).isEqualTo(Language.FRENCH);
        assertThat(accountLanguage()).isEqualTo("fr");
        assertThat(Formats.money(new java.math.BigDecimal("1234567.89"), java.util.Currency.getInstance("USD")))
                .isEqualTo("1\u202f234\u202f567,89\u00a0$US");
    }

    @Test
    void arabicTurnsThePageRightToLeftWithLatinDigits() {
        navigate(DashboardView.class);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        test(find(LanguagePicker.class).single()).selectItem("العربية");

        assertThat(find(H1.class).single().getText()).isEqualTo("لوحة المعلومات");
        Locale locale = UI.getCurrent().getLocale();
        assertThat(locale.getLanguage()).isEqualTo("ar");
        assertThat(locale.getUnicodeLocaleType("nu")).isEqualTo("latn");
        assertThat(Formats.number(1234567)).isEqualTo("1,234,567");
        List<String> scripts = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getExpression() + " " + i.getParameters())
                .toList();
        assertThat(scripts).anyMatch(s -> s.contains("document.dir") && s.contains("rtl"));
        assertThat(scripts).anyMatch(s -> s.contains("documentElement.lang") && s.contains("ar"));
        assertThat(accountLanguage()).isEqualTo("ar");
    }

    private String accountLanguage() {
        return jdbc.queryForObject("SELECT language FROM app_user WHERE username = 'mayor'", String.class);
    }
}
