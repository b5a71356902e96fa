package org.dangjian.learning.study;

import java.time.Instant;

/**
 * The learner's last accepted heartbeat, across devices: the one lesson they are playing, where, when the server
 * accepted it, its id, and the learner's running count of accepted heartbeats ({@code seq}), by which the flush
 * applies each one once.
 */
record Playing(long lessonId, int position, Instant at, String heartbeatId, long seq) {
}
