package org.imc.platform.workplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByIndicatorIdOrderByMeasuredOnDescIdDesc(Long indicatorId);

    Optional<Measurement> findFirstByIndicatorIdOrderByMeasuredOnDescIdDesc(Long indicatorId);
}
