package org.imc.platform.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.Currency;

/**
 * Number fields typed the reader's way: the decimal separator of the page's locale (the field
 * takes it from the UI), a translated message for input that is not a number, and for amounts
 * the currency's symbol beside the field.
 */
public final class AmountFields {

    private AmountFields() {}

    public static BigDecimalField number(BigDecimalField field) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("validation.number.bad-input"))
                .setRequiredErrorMessage(field.getTranslation("validation.required")));
        return field;
    }

    public static BigDecimalField money(BigDecimalField field, Currency currency) {
        number(field);
        Span symbol = new Span(Formats.currencySymbol(currency));
        symbol.addClassName("imc-currency");
        // US$ stays US$ (not $US) beside a right-to-left field
        symbol.getElement().setAttribute("dir", "auto");
        field.setSuffixComponent(symbol);
        return field;
    }
}
