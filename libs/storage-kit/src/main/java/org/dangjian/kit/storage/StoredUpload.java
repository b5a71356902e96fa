package org.dangjian.kit.storage;

/** An accepted upload: where it is stored, what it really is, how big. */
public record StoredUpload(String key, String contentType, long size) {
}
