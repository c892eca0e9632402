package org.imc.platform.directory;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Long>, JpaSpecificationExecutor<Municipality> {

    @Query("select distinct m.country from Municipality m order by m.country")
    List<String> findCountries();

    @Query(
            "select new org.imc.platform.directory.MunicipalityName(m.id, m.name, m.country) from Municipality m where m.id in :ids")
    List<MunicipalityName> findNames(Collection<Long> ids);

    @Query("select new org.imc.platform.directory.MunicipalityName(m.id, m.name, m.country) from Municipality m "
            + "where m.name like :pattern escape '\\' order by m.name")
    List<MunicipalityName> findNamesStartingWith(String pattern, org.springframework.data.domain.Pageable pageable);
}
