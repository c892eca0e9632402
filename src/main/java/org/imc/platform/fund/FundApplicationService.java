package org.imc.platform.fund;

import org.imc.platform.security.Roles;
import jakarta.validation.Valid;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.BusinessException;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.notification.NotificationService;
import org.imc.platform.security.CurrentUser;
import org.imc.platform.security.Role;
import org.imc.platform.security.SignedInUser;
import org.imc.platform.security.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loan applications from draft to decision. Mayors act only for their own municipality (another
 * municipality's application does not exist for them, even by id); fund officers review, recommend
 * and decide, and the officer who recommended cannot approve (four eyes). An approval creates the
 * loan with its schedule; it is refused when it would exceed the available capital, checked under
 * a lock on the fund so that two simultaneous approvals cannot both spend the same money.
 */
@Service
@Validated
@PreAuthorize(Roles.IS_MAYOR_OR_FUND_OFFICER)
public class FundApplicationService {

    static final String ENTITY = "FundApplication";
    public static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
    public static final int MAX_DOCUMENTS = 10;
    public static final BigDecimal MAX_RATE = new BigDecimal("30");

    private final FundApplicationRepository applications;
    private final FundDocumentRepository documents;
    private final LoanRepository loans;
    private final FundLedger ledger;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final NotificationService notifications;
    private final UserService users;
    private final Clock clock;

    FundApplicationService(FundApplicationRepository applications, FundDocumentRepository documents, LoanRepository loans,
                           FundLedger ledger, CurrentUser currentUser, AuditService audit,
                           NotificationService notifications, UserService users, Clock clock) {
        this.applications = applications;
        this.documents = documents;
        this.loans = loans;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    // ---- queries ----

    /** A mayor's own applications; officers see all. {@code status} null means every status. */
    @Transactional(readOnly = true)
    public List<FundApplication> list(ApplicationStatus status, Pageable pageable) {
        return applications.findBy(visible(status == null ? null : Set.of(status)), q -> q.slice(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(ApplicationStatus status) {
        return applications.count(visible(status == null ? null : Set.of(status)));
    }

    /**
     * Pending applications for officers, by priority: scored ones highest score first, then the
     * unscored ones by submission date (oldest first).
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(readOnly = true)
    public List<FundApplication> reviewQueue(Pageable pageable) {
        Sort order = Sort.by(Sort.Order.desc("priorityScore").nullsLast(), Sort.Order.asc("submittedAt"), Sort.Order.asc("id"));
        return applications.findBy(visible(ApplicationStatus.PENDING),
                q -> q.slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order))).getContent();
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(readOnly = true)
    public long reviewCount() {
        return applications.count(visible(ApplicationStatus.PENDING));
    }

    @Transactional(readOnly = true)
    public FundApplication get(Long id) {
        FundApplication application = applications.findById(id).orElseThrow(RecordNotFoundException::new);
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.FUND_OFFICER) && !currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        return application;
    }

    @Transactional(readOnly = true)
    public List<DocumentInfo> documents(Long applicationId) {
        get(applicationId);
        return documents.infos(applicationId);
    }

    /** A document's content, for the applicant's mayor and for officers only. */
    @Transactional(readOnly = true)
    public DocumentContent document(Long documentId) {
        FundDocument document = documents.findById(documentId).orElseThrow(RecordNotFoundException::new);
        get(document.getApplicationId());
        return new DocumentContent(document.getFileName(), document.getContentType(), document.getContent());
    }

    // ---- the applicant ----

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication createDraft(@Valid ApplicationDraft draft) {
        SignedInUser user = currentUser.require();
        if (user.municipalityId() == null) {
            throw new BusinessException("fund.error.no-municipality");
        }
        FundApplication saved = applications.save(new FundApplication(user.municipalityId(), user.id(), draft));
        audit.record("CREATE", ENTITY, saved.getId(), null, snapshot(saved));
        return saved;
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication updateDraft(Long id, long expectedVersion, @Valid ApplicationDraft draft) {
        FundApplication application = own(id, expectedVersion);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new BusinessException("fund.error.not-editable");
        }
        Map<String, Object> before = snapshot(application);
        application.copyFrom(draft);
        applications.saveAndFlush(application);
        audit.record("UPDATE", ENTITY, id, before, snapshot(application));
        return application;
    }

    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication submit(Long id, long expectedVersion) {
        FundApplication application = own(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.SUBMITTED);
        application.submitted(clock.instant());
        applications.saveAndFlush(application);
        audit.record("SUBMIT", ENTITY, id, before, snapshot(application));
        officerIds().forEach(officer -> notifications.notify(officer, "fund.notify.submitted", link(id), application.getTitle()));
        return application;
    }

    /** The applicant answers an officer's question; the application goes back to its reviewer. */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public FundApplication answer(Long id, long expectedVersion, String answer) {
        String text = requiredText(answer);
        FundApplication application = own(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.UNDER_REVIEW);
        application.answer(text);
        applications.saveAndFlush(application);
        audit.record("ANSWER", ENTITY, id, before, snapshot(application));
        if (application.getReviewerId() != null) {
            notifications.notify(application.getReviewerId(), "fund.notify.answered", link(id), application.getTitle());
        }
        return application;
    }

    /**
     * Attaches a supporting document (PDF, PNG or JPEG, at most 10 MB, at most 10 per application)
     * while the applicant may still change the application. The type is taken from the content's
     * first bytes, not from what the browser declared.
     */
    @PreAuthorize(Roles.IS_MAYOR)
    @Transactional
    public DocumentInfo addDocument(Long applicationId, String fileName, byte[] content) {
        FundApplication application = get(applicationId);
        if (!currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        if (application.getStatus() != ApplicationStatus.DRAFT && application.getStatus() != ApplicationStatus.INFO_REQUESTED) {
            throw new BusinessException("fund.error.documents-closed");
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("fund.error.document-empty");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new BusinessException("fund.error.document-too-large", MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        String type = detectType(content);
        if (type == null) {
            throw new BusinessException("fund.error.document-type");
        }
        if (documents.countByApplicationId(applicationId) >= MAX_DOCUMENTS) {
            throw new BusinessException("fund.error.too-many-documents", MAX_DOCUMENTS);
        }
        FundDocument saved = documents.save(new FundDocument(applicationId, safeFileName(fileName, type), type, content,
                currentUser.require().id(), clock.instant()));
        audit.record("ADD_DOCUMENT", ENTITY, applicationId, null, Map.of("document", saved.getFileName(), "bytes", content.length));
        return new DocumentInfo(saved.getId(), applicationId, saved.getFileName(), type, content.length, clock.instant());
    }

    // ---- officers ----

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication take(Long id, long expectedVersion) {
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.UNDER_REVIEW);
        application.takenBy(currentUser.require().id());
        applications.saveAndFlush(application);
        audit.record("TAKE", ENTITY, id, before, snapshot(application));
        notifications.notify(application.getApplicantId(), "fund.notify.under-review", link(id), application.getTitle());
        return application;
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication requestInfo(Long id, long expectedVersion, String question) {
        String text = requiredText(question);
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.INFO_REQUESTED);
        application.askInfo(text);
        applications.saveAndFlush(application);
        audit.record("REQUEST_INFO", ENTITY, id, before, snapshot(application));
        notifications.notify(application.getApplicantId(), "fund.notify.info-requested", link(id), application.getTitle());
        return application;
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication recommend(Long id, long expectedVersion, @Valid Rubric rubric, String note) {
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.RECOMMENDED);
        application.recommend(currentUser.require().id(), rubric, optionalText(note));
        applications.saveAndFlush(application);
        audit.record("RECOMMEND", ENTITY, id, before, snapshot(application));
        officerIds().stream().filter(o -> !o.equals(currentUser.require().id()))
                .forEach(officer -> notifications.notify(officer, "fund.notify.recommended", link(id), application.getTitle()));
        return application;
    }

    /**
     * Approves a recommended application at the given annual rate (per cent) and creates its loan.
     * Refused for the officer who recommended it, and when the principal exceeds the available
     * capital. Approvals and disbursements wait for each other on the fund's lock, and read the
     * ledger as committed (READ COMMITTED) once they hold it.
     */
    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Loan approve(Long id, long expectedVersion, BigDecimal annualRate, String reason) {
        if (annualRate == null || annualRate.signum() < 0 || annualRate.compareTo(MAX_RATE) > 0 || annualRate.scale() > 4) {
            throw new BusinessException("fund.error.rate", MAX_RATE);
        }
        ledger.lockFund();
        FundApplication application = versioned(id, expectedVersion);
        Long me = currentUser.require().id();
        if (me.equals(application.getRecommendedById())) {
            throw new BusinessException("fund.error.four-eyes");
        }
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.APPROVED);
        Capital capital = ledger.capital();
        if (application.getAmount().compareTo(capital.available()) > 0) {
            throw new BusinessException("fund.error.insufficient-capital", capital.available().toPlainString(),
                    application.getAmount().toPlainString());
        }
        application.decide(me, clock.instant(), optionalText(reason));
        applications.saveAndFlush(application);
        LocalDate today = LocalDate.now(clock);
        Loan loan = loans.saveAndFlush(new Loan(application, annualRate, today));
        ledger.saveSchedule(loan.getId(), AmortisationSchedule.compute(loan.getPrincipal(), annualRate,
                loan.getTermMonths(), loan.getGraceMonths(), today));
        audit.record("APPROVE", ENTITY, id, before, snapshot(application));
        audit.record("CREATE", LoanService.ENTITY, loan.getId(), null, Map.of("principal", loan.getPrincipal(),
                "annualRate", annualRate, "termMonths", loan.getTermMonths(), "graceMonths", loan.getGraceMonths()));
        notifications.notify(application.getApplicantId(), "fund.notify.approved", "fund/loans/" + loan.getId(), application.getTitle());
        return loan;
    }

    @PreAuthorize(Roles.IS_FUND_OFFICER)
    @Transactional
    public FundApplication reject(Long id, long expectedVersion, String reason) {
        String text = requiredText(reason);
        FundApplication application = versioned(id, expectedVersion);
        Map<String, Object> before = snapshot(application);
        application.moveTo(ApplicationStatus.REJECTED);
        application.decide(currentUser.require().id(), clock.instant(), text);
        applications.saveAndFlush(application);
        audit.record("REJECT", ENTITY, id, before, snapshot(application));
        notifications.notify(application.getApplicantId(), "fund.notify.rejected", link(id), application.getTitle());
        return application;
    }

    // ---- helpers ----

    private Specification<FundApplication> visible(Set<ApplicationStatus> statuses) {
        SignedInUser user = currentUser.require();
        boolean officer = user.hasRole(Role.FUND_OFFICER);
        Long municipality = user.municipalityId();
        return (root, query, cb) -> {
            var where = cb.conjunction();
            if (!officer) {
                where = municipality == null ? cb.disjunction() : cb.equal(root.get("municipalityId"), municipality);
            }
            if (statuses != null) {
                where = cb.and(where, root.get("status").in(statuses));
            }
            return where;
        };
    }

    private FundApplication own(Long id, long expectedVersion) {
        FundApplication application = get(id);
        if (!currentUser.isMayorOf(application.getMunicipalityId())) {
            throw new RecordNotFoundException();
        }
        checkVersion(application, expectedVersion);
        return application;
    }

    private FundApplication versioned(Long id, long expectedVersion) {
        FundApplication application = get(id);
        checkVersion(application, expectedVersion);
        return application;
    }

    private static void checkVersion(FundApplication application, long expectedVersion) {
        if (application.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FundApplication.class, application.getId());
        }
    }

    private List<Long> officerIds() {
        return users.idsWithRole(Role.FUND_OFFICER);
    }

    static String requiredText(String text) {
        String t = optionalText(text);
        if (t == null) {
            throw new BusinessException("fund.error.text-required");
        }
        return t;
    }

    static String optionalText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (t.length() > 2000) {
            throw new BusinessException("fund.error.text-too-long", 2000);
        }
        if (t.indexOf('<') >= 0 || t.indexOf('>') >= 0) {
            throw new BusinessException("validation.plain-text");
        }
        return t;
    }

    /** PDF, PNG or JPEG by the content's signature; null for anything else. */
    static String detectType(byte[] c) {
        if (startsWith(c, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(c, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(c, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** The base name only, in safe characters, with the extension of the detected type. */
    static String safeFileName(String name, String type) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("^[. ]+", "").strip();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        String extension = switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
        return base + extension;
    }

    private static String link(Long id) {
        return "fund/applications/" + id;
    }

    private static Map<String, Object> snapshot(FundApplication a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", a.getStatus());
        map.put("title", a.getTitle());
        map.put("subProgramme", a.getSubProgramme());
        map.put("amount", a.getAmount());
        map.put("termMonths", a.getTermMonths());
        map.put("graceMonths", a.getGraceMonths());
        map.put("priorityScore", a.getPriorityScore());
        return map;
    }

    static boolean anyOf(ApplicationStatus status, ApplicationStatus... statuses) {
        return Arrays.asList(statuses).contains(status);
    }
}
