package org.imc.platform.twinning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ExchangeRepository extends JpaRepository<Exchange, Long> {

    List<Exchange> findByTwinningIdOrderByStartDateDescIdDesc(Long twinningId);
}
