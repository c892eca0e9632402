package org.imc.platform.fund;

import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one currency the fund keeps its books in ({@code imc.fund.currency}, an ISO 4217 code,
 * USD unless configured). Amounts carry no currency of their own; every screen, CSV and PDF shows
 * this one. A code that is not ISO 4217 stops the application at start.
 */
@Component
public class FundCurrency {

    private final Currency currency;

    FundCurrency(@Value("${imc.fund.currency:USD}") String code) {
        this.currency = Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public Currency get() {
        return currency;
    }

    public String code() {
        return currency.getCurrencyCode();
    }
}
