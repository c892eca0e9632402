package org.imc.platform.fund;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an amortisation schedule. {@code cumulativeDue} is everything due up to and
 * including this instalment.
 */
public record Instalment(
        int seq,
        LocalDate dueDate,
        BigDecimal principal,
        BigDecimal interest,
        BigDecimal amount,
        BigDecimal balanceAfter,
        BigDecimal cumulativeDue) {}
