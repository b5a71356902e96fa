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
 * @KafkaListener(topics = Topics.ORG)
 * void on(ConsumerRecord<String, String> r) {
 *     inbox.receive("member-service.org-paths", r, e -> {
 *         if (e.is(OrgMoved.TYPE)) paths.rewrite(e.as(OrgMoved.class));
 *     });
 * }
 * }</pre>
 * Tables {@code dj_outbox} and {@code dj_inbox} come with the kit as Flyway migrations.
 */
package org.dangjian.kit.events;
