package org.imc.platform.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A user's choice for one category (without a row, their roles' default applies). */
@Entity
@Table(name = "mail_preference")
class MailPreference {

    @Embeddable
    record Key(
            @Column(name = "user_id") Long userId,

            @Enumerated(EnumType.STRING) @Column(name = "category", length = 20)
            MailCategory category)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Delivery delivery;

    protected MailPreference() {}

    MailPreference(Long userId, MailCategory category, Delivery delivery) {
        this.key = new Key(userId, category);
        this.delivery = delivery;
    }

    MailCategory category() {
        return key.category();
    }

    Delivery delivery() {
        return delivery;
    }

    void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }
}
