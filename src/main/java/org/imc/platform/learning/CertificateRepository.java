package org.imc.platform.learning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByEnrolmentId(Long enrolmentId);
}
