package org.dangjian.learning.study;

/**
 * What the player says every few seconds: which lesson, where it is (seconds into the media), and an id of its
 * own so that a retried heartbeat counts once. {@code start} marks the first heartbeat after the learner pressed
 * play: it claims the learner's one playing lesson and earns nothing itself.
 */
record Heartbeat(long lessonId, String id, int position, boolean start) {
}
