package org.imc.platform.twinning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExchangeRepository extends JpaRepository<Exchange, Long> {

    List<Exchange> findByTwinningIdOrderByStartDateDescIdDesc(Long twinningId);
}
