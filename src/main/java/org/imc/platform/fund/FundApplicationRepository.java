package org.imc.platform.fund;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface FundApplicationRepository
        extends JpaRepository<FundApplication, Long>, JpaSpecificationExecutor<FundApplication> {}
