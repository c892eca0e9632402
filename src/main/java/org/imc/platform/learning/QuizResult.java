package org.imc.platform.learning;

/**
 * The grade of one quiz attempt: how many answers were right, the score in percent, whether it
 * reached the pass mark, the attempts left and whether this completed the course.
 */
public record QuizResult(
        int attempt,
        int correct,
        int total,
        int scorePercent,
        int passMark,
        boolean passed,
        int attemptsLeft,
        boolean courseCompleted) {}
