package org.dangjian.kit.storage;

import java.util.Collection;
import java.util.Optional;

/** Where uploaded files live. Keys are made by the store, never taken from clients. */
public interface ObjectStore {
    /** Stores the bytes under a new key in {@code folder} and returns that key. */
    String put(String folder, byte[] bytes, String contentType);

    Optional<byte[]> get(String key);

    void delete(String key);

    /** Deletes every key; a key already gone is no error (erasure runs that were cut off come back to them). */
    default void deleteAll(Collection<String> keys) {
        keys.forEach(this::delete);
    }
}
