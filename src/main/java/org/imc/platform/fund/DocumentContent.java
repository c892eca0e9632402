package org.imc.platform.fund;

/** A supporting document with its bytes, for download. */
public record DocumentContent(String fileName, String contentType, byte[] content) {}
