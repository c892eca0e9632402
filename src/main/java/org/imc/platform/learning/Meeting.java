package org.imc.platform.learning;

import java.time.Instant;

/** A live session's meeting as an enrolled learner (or the trainer) sees it. */
public record Meeting(String sessionName, String url, Instant startsAt) {}
