package org.imc.platform.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import org.imc.platform.audit.Snapshot;
import org.imc.platform.base.BaseEntity;

/**
 * One step of a course, at a position 1..N: a text (Markdown, rendered with raw HTML escaped by
 * {@link ModuleText}), an optional video link (https only) and, when it has questions, a quiz with
 * a pass mark (percent) and a number of attempts. Its values come from a checked {@link ModuleData}.
 */
@Entity
@Table(name = "course_module")
public class CourseModule extends BaseEntity {

    @Column(name = "course_id", nullable = false, updatable = false)
    private Long courseId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title = "";

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "video_url", length = 500)
    private String videoUrl;

    @Column(name = "pass_mark", nullable = false)
    private int passMark = 80;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts = 3;

    protected CourseModule() {}

    CourseModule(Long courseId, int position, ModuleData data) {
        this.courseId = courseId;
        this.position = position;
        update(data);
    }

    void update(ModuleData data) {
        title = data.title().trim();
        body = data.body() == null || data.body().isBlank() ? null : data.body().strip();
        videoUrl = data.videoUrl() == null || data.videoUrl().isBlank()
                ? null
                : data.videoUrl().trim();
        passMark = data.passMark();
        maxAttempts = data.maxAttempts();
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    Map<String, Object> snapshot() {
        return Snapshot.of(
                "courseId",
                courseId,
                "position",
                position,
                "title",
                title,
                "bodyLength",
                body == null ? 0 : body.length(),
                "videoUrl",
                videoUrl,
                "passMark",
                passMark,
                "maxAttempts",
                maxAttempts);
    }

    public Long getCourseId() {
        return courseId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public int getPassMark() {
        return passMark;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }
}
