/**
 * Integration events between services: CloudEvents (binary mode) over Kafka, written through a
 * transactional outbox and consumed through an idempotent inbox, with bounded retries and dead-letter
 * topics. A service publishes with
 * <pre>{@code
 * @Transactional
 * public void move(...) {
 *     ... change the state ...
 *     outbox.add(new OrgMoved(orgId, oldParentId, newParentId, oldPath, newPath));
 * }
 * }</pre>
 * and consumes with
 * <pre>{@code
 * static final String CONSUMER = "member-service.org-paths";
 *
 * @KafkaListener(topics = Topics.ORG, groupId = CONSUMER)
 * void on(ConsumerRecord<String, String> r) {
 *     inbox.receive(CONSUMER, r, e -> {
 *         if (e.is(OrgMoved.TYPE)) paths.rewrite(e.as(OrgMoved.class));
 *     });
 * }
 * }</pre>
 * Each listener has its own consumer group, named like its inbox consumer: two listeners of one service
 * sharing a group would split the topic's partitions between them and each would miss events.
 * Tables {@code dj_outbox} and {@code dj_inbox} come with the kit as Flyway migrations.
 */
package org.dangjian.kit.events;
