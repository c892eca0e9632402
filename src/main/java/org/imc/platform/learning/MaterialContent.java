package org.imc.platform.learning;

/** A material with its bytes, for download. */
public record MaterialContent(String fileName, String contentType, byte[] content) {}
