package org.imc.platform.practice;

/** An attachment's content, for a download. */
public record AttachmentContent(Long practiceId, String fileName, String contentType, byte[] content) {}
