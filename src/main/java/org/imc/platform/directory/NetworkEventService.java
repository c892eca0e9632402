package org.imc.platform.directory;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Events of the network: everyone signed in reads them; liaisons (and admins) maintain them.
 * An event is upcoming until its last day has passed.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class NetworkEventService {

    static final String ENTITY = "Event";

    private final NetworkEventRepository repository;
    private final AuditService audit;
    private final Clock clock;

    NetworkEventService(NetworkEventRepository repository, AuditService audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NetworkEvent> list(boolean upcoming, Pageable pageable) {
        return repository.findBy(when(upcoming), q -> q.slice(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(boolean upcoming) {
        return repository.count(when(upcoming));
    }

    @Transactional(readOnly = true)
    public NetworkEvent get(Long id) {
        return repository.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    @PreAuthorize(Roles.IS_ADMIN_OR_LIAISON)
    @Transactional
    public NetworkEvent create(@Valid EventData values) {
        NetworkEvent event = new NetworkEvent();
        event.copyFrom(values);
        NetworkEvent saved = repository.save(event);
        audit.record("CREATE", ENTITY, saved.getId(), null, saved.snapshot());
        return saved;
    }

    @PreAuthorize(Roles.IS_ADMIN_OR_LIAISON)
    @Transactional
    public NetworkEvent update(Long id, long expectedVersion, @Valid EventData values) {
        NetworkEvent event = get(id);
        event.requireVersion(expectedVersion);
        Map<String, Object> before = event.snapshot();
        event.copyFrom(values);
        repository.saveAndFlush(event);
        audit.record("UPDATE", ENTITY, id, before, event.snapshot());
        return event;
    }

    @PreAuthorize(Roles.IS_ADMIN_OR_LIAISON)
    @Transactional
    public void delete(Long id, long expectedVersion) {
        NetworkEvent event = get(id);
        event.requireVersion(expectedVersion);
        Map<String, Object> before = event.snapshot();
        repository.delete(event);
        audit.record("DELETE", ENTITY, id, before, null);
    }

    private Specification<NetworkEvent> when(boolean upcoming) {
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> upcoming
                ? cb.greaterThanOrEqualTo(root.get("endDate"), today)
                : cb.lessThan(root.get("endDate"), today);
    }
}
