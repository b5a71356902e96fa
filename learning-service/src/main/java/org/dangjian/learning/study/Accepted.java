package org.dangjian.learning.study;

/**
 * An accepted heartbeat as buffered for the flush: whose, which lesson, the learner's seq, the position and the
 * media milliseconds it earned. One line of text in Redis.
 */
record Accepted(long memberId, long lessonId, long seq, int position, long creditedMs) {

    String line() {
        return memberId + ":" + lessonId + ":" + seq + ":" + position + ":" + creditedMs;
    }

    static Accepted parse(String line) {
        String[] f = line.split(":");
        return new Accepted(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Integer.parseInt(f[3]),
                Long.parseLong(f[4]));
    }
}
