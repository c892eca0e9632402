package org.imc.platform.learning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleMaterialRepository extends JpaRepository<ModuleMaterial, Long> {

    @Query("""
            select new org.imc.platform.learning.MaterialInfo(m.id, m.moduleId, m.fileName, m.contentType, m.sizeBytes)
            from ModuleMaterial m where m.moduleId in :moduleIds order by m.moduleId, m.id""")
    List<MaterialInfo> infos(Collection<Long> moduleIds);

    long countByModuleId(Long moduleId);
}
