package org.imc.platform.mail;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, MailPreference.Key> {

    List<MailPreference> findByKeyUserId(Long userId);
}
