package org.imc.platform.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByRecipientUserIdAndStatusOrderById(Long recipientUserId, OutboxStatus status);

    List<OutboxMessage> findBy(Pageable pageable);
}
