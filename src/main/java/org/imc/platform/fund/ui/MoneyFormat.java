package org.imc.platform.fund.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.imc.platform.base.ui.Formats;

/** Amounts with exactly two decimals in the browser's locale. */
final class MoneyFormat {

    private MoneyFormat() {}

    static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Formats.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
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
