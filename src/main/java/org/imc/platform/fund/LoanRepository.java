package org.imc.platform.fund;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface LoanRepository extends JpaRepository<Loan, Long>, JpaSpecificationExecutor<Loan> {}
