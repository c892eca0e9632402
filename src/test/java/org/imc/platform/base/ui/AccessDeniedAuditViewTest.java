package org.imc.platform.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Opening a page one's roles do not allow leaves exactly one audit row naming the user and the page. */
@ViewTest
@WithUserDetails("liaison")
class AccessDeniedAuditViewTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeniedRouteIsAuditedOnceWithUserAndPage() {
        long before = denials();

        assertThat(navigate("admin/audit", AccessDeniedView.class)).isInstanceOf(AccessDeniedView.class);

        assertThat(denials()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select entity_id from audit_event where action = 'ACCESS_DENIED' and actor = 'liaison'"
                                + " and entity_type = 'Route' order by id desc limit 1",
                        String.class))
                .isEqualTo("admin/audit");
    }

    private long denials() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ACCESS_DENIED' and actor = 'liaison'", Long.class);
    }
}
