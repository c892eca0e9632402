package org.imc.platform.directory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface NetworkEventRepository extends JpaRepository<NetworkEvent, Long>, JpaSpecificationExecutor<NetworkEvent> {}
