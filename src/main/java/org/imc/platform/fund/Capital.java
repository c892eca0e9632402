package org.imc.platform.fund;

import java.math.BigDecimal;

/**
 * The fund's capital position, computed from the ledger: available = inflows − outflows −
 * committed (approved but not yet disbursed principal of active loans).
 */
public record Capital(BigDecimal inflows, BigDecimal outflows, BigDecimal committed) {

    public BigDecimal cash() {
        return inflows.subtract(outflows);
    }

    public BigDecimal available() {
        return inflows.subtract(outflows).subtract(committed);
    }
}
