package org.imc.platform.mail;

/** An e-mail written out: subject, plain text, simple HTML, an optional iCalendar attachment. */
record RenderedMail(String subject, String text, String html, String calendar) {}
