package org.dangjian.kit.storage;

import java.io.InputStream;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;

/** Where uploaded files live. Keys are made by the store, never taken from clients. */
public interface ObjectStore {
    /** Stores the bytes under a new key in {@code folder} and returns that key. */
    String put(String folder, byte[] bytes, String contentType);

    /**
     * Stores the {@code size} bytes {@code in} yields under a new key in {@code folder}, without holding them in
     * memory (a lecture's video), and returns that key; {@code in} is closed.
     */
    String put(String folder, InputStream in, long size, String contentType);

    Optional<byte[]> get(String key);

    /** The stored object's size in bytes, empty when there is none. */
    OptionalLong size(String key);

    /**
     * {@code length} bytes of the object from {@code offset} on (a player's Range request), read as the caller
     * consumes them; the caller closes the stream. The range must lie within the object.
     */
    InputStream open(String key, long offset, long length);

    void delete(String key);

    /** Deletes every key; a key already gone is no error (erasure runs that were cut off come back to them). */
    default void deleteAll(Collection<String> keys) {
        keys.forEach(this::delete);
    }
}
