package org.dangjian.notify.report;

import java.time.Instant;

/**
 * One provider's word on one message it accepted: delivered to the phone, or not, with the carrier's
 * status. {@code at} is when the phone received it (null when the provider did not say).
 */
record DeliveryReport(String providerMessageId, boolean delivered, String error, Instant at) {
}
