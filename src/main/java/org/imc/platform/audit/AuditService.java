package org.imc.platform.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Features call {@link #record} inside their own transaction, so an audit entry
 * exists exactly when the change it describes was committed.
 */
@Service
public class AuditService {

    /** Actor recorded when nobody is signed in (start-up jobs, anonymous sign-in attempts). */
    public static final String SYSTEM = "system";

    private final AuditEventRepository repository;

    AuditService(AuditEventRepository repository) {
        this.repository = repository;
    }

    /**
     * Records a change made by the signed-in user. {@code before}/{@code after} are small maps of
     * the fields that matter (null for creations and deletions respectively).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String entityType, Object entityId, Map<String, ?> before, Map<String, ?> after) {
        recordAs(currentActor(), action, entityType, entityId, before, after);
    }

    /** Records an event for an explicitly named actor (sign-in attempts, where nobody is signed in yet). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(
            String actor,
            String action,
            String entityType,
            Object entityId,
            Map<String, ?> before,
            Map<String, ?> after) {
        repository.save(new AuditEvent(
                Instant.now(),
                truncate(actor, 100),
                action,
                entityType,
                entityId == null ? null : truncate(entityId.toString(), 100),
                describe(before),
                describe(after)));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, Pageable pageable) {
        return repository.findAll(toSpecification(query), pageable);
    }

    /** One page of matching entries without counting them all (lists count separately). */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public List<AuditEvent> list(AuditQuery query, Pageable pageable) {
        return repository.findBy(toSpecification(query), q -> q.slice(pageable)).getContent();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return repository.count(toSpecification(query));
    }

    private static Specification<AuditEvent> toSpecification(AuditQuery query) {
        return (root, cq, cb) -> {
            List<jakarta.persistence.criteria.Predicate> predicates = new ArrayList<>();
            if (hasText(query.actor())) {
                predicates.add(cb.equal(root.get("actor"), query.actor().trim()));
            }
            if (hasText(query.entityType())) {
                predicates.add(
                        cb.equal(root.get("entityType"), query.entityType().trim()));
            }
            if (hasText(query.entityId())) {
                predicates.add(cb.equal(root.get("entityId"), query.entityId().trim()));
            }
            if (hasText(query.action())) {
                predicates.add(cb.equal(root.get("action"), query.action().trim()));
            }
            if (query.since() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), query.since()));
            }
            if (query.until() != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"), query.until()));
            }
            if (query.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(
                        root.get("occurredAt"), query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            if (query.to() != null) {
                predicates.add(cb.lessThan(
                        root.get("occurredAt"),
                        query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }

    private static String describe(Map<String, ?> state) {
        if (state == null || state.isEmpty()) {
            return null;
        }
        return state.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
