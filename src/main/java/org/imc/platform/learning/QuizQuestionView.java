package org.imc.platform.learning;

import java.util.List;

/** A quiz question as a learner's page gets it: the prompt and the options, never the answer. */
public record QuizQuestionView(Long id, String prompt, List<String> options) {}
