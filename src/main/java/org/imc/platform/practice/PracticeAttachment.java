package org.imc.platform.practice;

import java.time.Instant;

/** An attachment of a practice, without its content. */
public record PracticeAttachment(
        Long id, Long practiceId, String fileName, String contentType, int sizeBytes, Instant at) {}
