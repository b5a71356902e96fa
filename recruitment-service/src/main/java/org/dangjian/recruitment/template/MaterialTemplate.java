package org.dangjian.recruitment.template;

import java.time.Instant;

/** The file of a named template, as stored. */
record MaterialTemplate(String name, String objectKey, String fileName, String contentType, long sizeBytes,
                        long uploadedBy, Instant uploadedAt) {
}
