package org.imc.platform.results;

/** A practice published in the library, as the public may see it. */
public record PublishedPractice(Long id, String title, String country) {}
