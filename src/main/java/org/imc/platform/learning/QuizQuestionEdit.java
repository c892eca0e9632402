package org.imc.platform.learning;

import java.util.List;

/** A quiz question as its trainer edits it, with the right answer. */
public record QuizQuestionEdit(Long id, long version, String prompt, List<String> options, int correctOption) {}
