package org.imc.platform.directory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AffiliateRepository extends JpaRepository<Affiliate, Long>, JpaSpecificationExecutor<Affiliate> {}
