package org.imc.platform.learning;

import java.time.LocalDate;

/** What the public verification page may show about a certificate, and nothing more. */
public record VerifiedCertificate(String code, String learnerName, String courseTitle, LocalDate issuedOn) {}
