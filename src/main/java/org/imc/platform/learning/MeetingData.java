package org.imc.platform.learning;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A live session's online meeting: its link (https only) and when it starts (an instant, shown in
 * each reader's own time zone). Both empty removes it.
 */
public record MeetingData(
        @Size(max = 500, message = "{validation.max-length}")
        @Pattern(regexp = "^(https://[^\\s<>\"]+)?$", message = "{learning.validation.https}")
        String url,

        Instant startsAt) {}
