package org.imc.platform.learning;

import java.util.List;
import java.util.Optional;

/**
 * One module as the reader's page gets it: the text already rendered to safe HTML, the video link,
 * the materials, the quiz questions without their answers, and where the reader stands. {@code
 * learner} is false for the course's trainer looking at their own course (no progress is kept).
 */
public record ModulePage(
        Long courseId,
        String courseTitle,
        boolean selfPaced,
        int number,
        int moduleCount,
        String title,
        String html,
        String videoUrl,
        List<MaterialInfo> materials,
        List<QuizQuestionView> questions,
        int passMark,
        int maxAttempts,
        int attemptsUsed,
        boolean done,
        boolean learner,
        boolean canProgress,
        Long enrolmentId,
        EnrolmentStatus enrolmentStatus,
        Optional<Meeting> meeting,
        List<ModuleOutline> outline) {

    public boolean hasQuiz() {
        return !questions.isEmpty();
    }

    public int attemptsLeft() {
        return Math.max(0, maxAttempts - attemptsUsed);
    }

    public boolean courseCompleted() {
        return enrolmentStatus == EnrolmentStatus.COMPLETED;
    }
}
