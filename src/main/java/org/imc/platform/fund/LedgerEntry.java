package org.imc.platform.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A movement of the fund, as read back from the ledger. */
public record LedgerEntry(
        Long id,
        Instant createdAt,
        EntryType type,
        BigDecimal amount,
        LocalDate valueDate,
        Long loanId,
        String recordedBy,
        String note) {}
