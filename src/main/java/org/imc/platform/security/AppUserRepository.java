package org.imc.platform.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long>, JpaSpecificationExecutor<AppUser> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<AppUser> findByEmailIgnoreCase(String email);

    long countByPasswordHash(String passwordHash);

    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.fullName")
    List<AppUser> findEnabledByRole(Role role);

    @Query(
            "select u from AppUser u join u.roles r where r = org.imc.platform.security.Role.MAYOR and u.municipalityId = :municipalityId")
    List<AppUser> findMayorsOf(Long municipalityId);
}
