package org.dangjian.notify.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dj.notify.reports.token}: the secret the providers' report URLs carry. Their pushes come
 * unsigned and without a user's token, so this is what keeps others from marking messages delivered.
 * Unset, the report route answers 404.
 */
@ConfigurationProperties("dj.notify.reports")
record ReportProperties(String token) {
}
