package org.imc.platform.learning;

/** One module in a course's outline: its number, title, whether it has a quiz and whether the reader has done it. */
public record ModuleOutline(int number, String title, boolean hasQuiz, boolean done) {}
