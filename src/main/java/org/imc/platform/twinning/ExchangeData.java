package org.imc.platform.twinning;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.imc.platform.base.PlainText;

/** What a user writes about a visit between the partner cities; the exchange form binds it. */
public record ExchangeData(
        @NotNull(message = "{validation.required}") Long hostMunicipalityId,

        @NotNull(message = "{validation.required}") LocalDate startDate,

        @NotNull(message = "{validation.required}") LocalDate endDate,

        @NotBlank(message = "{validation.required}")
        @Size(max = PARTICIPANTS_MAX, message = "{validation.max-length}")
        @PlainText
        String participants,

        @NotBlank(message = "{validation.required}")
        @Size(max = TOPIC_MAX, message = "{validation.max-length}")
        @PlainText
        String topic,

        @Size(max = OUTCOME_MAX, message = "{validation.max-length}") @PlainText
        String outcome) {

    public static final int PARTICIPANTS_MAX = 500;
    public static final int TOPIC_MAX = 200;
    public static final int OUTCOME_MAX = 2000;

    /** An empty form for a new exchange. */
    public static ExchangeData blank() {
        return new ExchangeData(null, null, null, "", "", null);
    }

    /** The values of an existing exchange, to edit. */
    public static ExchangeData of(Exchange exchange) {
        return new ExchangeData(
                exchange.getHostMunicipalityId(),
                exchange.getStartDate(),
                exchange.getEndDate(),
                exchange.getParticipants(),
                exchange.getTopic(),
                exchange.getOutcome());
    }

    @AssertTrue(message = "{validation.end-before-start}")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
