package org.imc.platform.fund;

import java.time.Instant;

/** A supporting document without its content. */
public record DocumentInfo(
        Long id, Long applicationId, String fileName, String contentType, long sizeBytes, Instant createdAt) {}
