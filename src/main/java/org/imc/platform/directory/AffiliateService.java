package org.imc.platform.directory;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.AuditService;
import org.imc.platform.base.RecordNotFoundException;
import org.imc.platform.base.TextSearch;
import org.imc.platform.security.Roles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Affiliate organisations: everyone signed in reads them; liaisons and admins maintain them.
 */
@Service
@Validated
@PreAuthorize(Roles.SIGNED_IN)
public class AffiliateService {

    static final String ENTITY = "Affiliate";

    private final AffiliateRepository repository;
    private final AuditService audit;

    AffiliateService(AffiliateRepository repository, AuditService audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Affiliate> list(String search, Pageable pageable) {
        return repository.findBy(matching(search), q -> q.slice(pageable)).getContent();
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        return repository.count(matching(search));
    }

    @Transactional(readOnly = true)
    public Affiliate get(Long id) {
        return repository.findById(id).orElseThrow(RecordNotFoundException::new);
    }

    @PreAuthorize(Roles.IS_ADMIN_OR_LIAISON)
    @Transactional
    public Affiliate create(@Valid AffiliateData values) {
        Affiliate affiliate = new Affiliate();
        affiliate.copyFrom(values);
        Affiliate saved = repository.save(affiliate);
        audit.record("CREATE", ENTITY, saved.getId(), null, saved.snapshot());
        return saved;
    }

    @PreAuthorize(Roles.IS_ADMIN_OR_LIAISON)
    @Transactional
    public Affiliate update(Long id, long expectedVersion, @Valid AffiliateData values) {
        Affiliate affiliate = get(id);
        affiliate.requireVersion(expectedVersion);
        Map<String, Object> before = affiliate.snapshot();
        affiliate.copyFrom(values);
        repository.saveAndFlush(affiliate);
        audit.record("UPDATE", ENTITY, id, before, affiliate.snapshot());
        return affiliate;
    }

    private static Specification<Affiliate> matching(String search) {
        return (root, query, cb) -> {
            if (search == null || search.isBlank()) {
                return cb.conjunction();
            }
            String like = TextSearch.contains(search);
            return cb.or(
                    cb.like(root.get("name"), like, TextSearch.ESCAPE),
                    cb.like(root.get("acronym"), like, TextSearch.ESCAPE),
                    cb.like(root.get("country"), like, TextSearch.ESCAPE));
        };
    }
}
