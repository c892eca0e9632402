package org.imc.platform.learning;

/** A module's material without its content. */
public record MaterialInfo(Long id, Long moduleId, String fileName, String contentType, long sizeBytes) {}
