package org.imc.platform.fund.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.imc.platform.base.ui.AmountFields;
import org.imc.platform.base.ui.Formats;
import org.imc.platform.fund.FundCurrency;
import org.springframework.stereotype.Component;

/** Amounts in the fund's currency, written the reader's way ({@link Formats#money}). */
@Component
class MoneyFormat {

    private final FundCurrency currency;

    MoneyFormat(FundCurrency currency) {
        this.currency = currency;
    }

    String format(BigDecimal value) {
        return Formats.money(value, currency.get());
    }

    /** Prepares an amount field: the reader's decimal separator, the currency beside it. */
    BigDecimalField field(BigDecimalField field) {
        return AmountFields.money(field, currency.get());
    }

    /** The currency's symbol in the reader's locale, for the suffix of amount fields. */
    String symbol() {
        return Formats.currencySymbol(currency.get());
    }

    static String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Formats.locale());
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(value) + " %";
    }
}
