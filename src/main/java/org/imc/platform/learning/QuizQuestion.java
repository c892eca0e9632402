package org.imc.platform.learning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * A multiple-choice question of a module's quiz: a prompt, two or more options and the index of
 * the right one. The right answer stays on the server: learners get {@link QuizQuestionView}.
 */
@Entity
@Table(name = "quiz_question")
class QuizQuestion extends BaseEntity {

    @Column(name = "module_id", nullable = false, updatable = false)
    private Long moduleId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String prompt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quiz_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 500)
    private List<String> options = new ArrayList<>();

    @Column(name = "correct_option", nullable = false)
    private int correctOption;

    protected QuizQuestion() {}

    QuizQuestion(Long moduleId, int position, QuestionData data) {
        this.moduleId = moduleId;
        this.position = position;
        update(data);
    }

    void update(QuestionData data) {
        prompt = data.prompt().trim();
        options.clear();
        data.options().stream().map(String::trim).forEach(options::add);
        correctOption = data.correctOption();
    }

    boolean isRight(Integer chosen) {
        return chosen != null && chosen == correctOption;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of("moduleId", moduleId, "prompt", prompt, "options", options.size());
    }

    Long getModuleId() {
        return moduleId;
    }

    int getPosition() {
        return position;
    }

    String getPrompt() {
        return prompt;
    }

    List<String> getOptions() {
        return List.copyOf(options);
    }

    int getCorrectOption() {
        return correctOption;
    }
}
