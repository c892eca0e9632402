package org.imc.platform.fund;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundDocumentRepository extends JpaRepository<FundDocument, Long> {

    @Query(
            "select new org.imc.platform.fund.DocumentInfo(d.id, d.applicationId, d.fileName, d.contentType, d.sizeBytes, d.createdAt) "
                    + "from FundDocument d where d.applicationId = ?1 order by d.id")
    List<DocumentInfo> infos(Long applicationId);

    long countByApplicationId(Long applicationId);

    @Query("select coalesce(sum(d.sizeBytes), 0) from FundDocument d where d.applicationId = ?1")
    long bytesOfApplication(Long applicationId);

    @Query("select coalesce(sum(d.sizeBytes), 0) from FundDocument d, FundApplication a "
            + "where a.id = d.applicationId and a.municipalityId = ?1")
    long bytesOfMunicipality(Long municipalityId);
}
