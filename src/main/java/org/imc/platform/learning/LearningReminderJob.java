package org.imc.platform.learning;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: reminders to inactive learners and announcements of opened enrolments
 * ({@link LearningReminders}). ShedLock keeps two nodes from running it together; the claims in
 * {@link LearningReminders} keep even an overlapping run from sending anything twice.
 */
@Component
class LearningReminderJob {

    private final LearningReminders reminders;

    LearningReminderJob(LearningReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${imc.learning.reminder-cron:0 0 7 * * *}", zone = "UTC")
    @SchedulerLock(name = "learning-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void daily() {
        reminders.announceOpenings();
        reminders.remindInactive();
    }
}
