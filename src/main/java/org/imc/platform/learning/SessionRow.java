package org.imc.platform.learning;

/** A session with how many seats are taken and how many learners wait for one. */
public record SessionRow(CourseSession session, long seated, long waitlisted) {

    public long freeSeats() {
        return Math.max(0, session.getCapacity() - seated);
    }

    public boolean isFull() {
        return seated >= session.getCapacity();
    }
}
