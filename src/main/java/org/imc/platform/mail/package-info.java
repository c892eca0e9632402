/**
 * E-mail: the outbox (written in the transaction of the change, sent by {@link
 * org.imc.platform.mail.OutboxSender}), each user's delivery choice per category, the daily
 * digest, and "My settings". Other features send mail through {@link
 * org.imc.platform.mail.OutboxService#enqueue}; notifications become e-mails by themselves.
 */
package org.imc.platform.mail;
