package org.imc.platform.learning;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.imc.platform.audit.AuditService;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.Language;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.UserService;
import org.imc.platform.security.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of completion and their public verification. A code is 20 characters drawn from
 * a 32-character alphabet by {@link SecureRandom} (100 bits), shown in groups of four; it cannot
 * be guessed or derived from anything else.
 */
@Service
public class CertificateService {

    /** Crockford's base-32 alphabet: no I, L, O or U, so codes read back without confusion. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    static final int CODE_CHARS = 20;

    private final CertificateRepository certificates;
    private final UserService users;
    private final AuditService audit;
    private final CertificatePdf pdf;
    private final SecureRandom random = new SecureRandom();

    CertificateService(CertificateRepository certificates, UserService users, AuditService audit, CertificatePdf pdf) {
        this.certificates = certificates;
        this.users = users;
        this.audit = audit;
        this.pdf = pdf;
    }

    /** Public: anyone, signed in or not, may check a code. Shows name, course, date; nothing else. */
    @Transactional(readOnly = true)
    public Optional<VerifiedCertificate> verify(String code) {
        String normalised = normalise(code);
        if (normalised == null) {
            return Optional.empty();
        }
        return certificates
                .findByCode(normalised)
                .map(c ->
                        new VerifiedCertificate(c.getCode(), c.getLearnerName(), c.getCourseTitle(), c.getIssuedOn()));
    }

    /** Issued inside the outcome's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Certificate issue(Enrolment enrolment, String courseTitle, LocalDate issuedOn) {
        String learner = users.summary(enrolment.getLearnerUserId())
                .map(UserSummary::fullName)
                .orElse("");
        Certificate saved =
                certificates.save(new Certificate(enrolment.getId(), newCode(), learner, courseTitle, issuedOn));
        audit.record(
                "ISSUE",
                "Certificate",
                saved.getId(),
                null,
                Snapshot.of("enrolmentId", enrolment.getId(), "learner", learner, "course", courseTitle));
        return saved;
    }

    @Transactional(readOnly = true)
    byte[] pdfFor(Long enrolmentId, Language language) {
        Certificate c = certificates.findByEnrolmentId(enrolmentId).orElseThrow(RecordNotFoundException::new);
        return pdf.render(c, language);
    }

    String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_CHARS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Accepts lower case, spaces and missing dashes; null when it cannot be a code at all. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String raw = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (raw.length() != CODE_CHARS || !raw.chars().allMatch(ch -> new String(ALPHABET).indexOf(ch) >= 0)) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(raw.charAt(i));
        }
        return code.toString();
    }
}
