package org.dangjian.kit.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.commons.io.input.BoundedInputStream;

/** Files under one root folder: the default, for local runs and single-node installs. */
public class LocalFileStore implements ObjectStore {
    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(String folder, byte[] bytes, String contentType) {
        String key = ObjectKeys.newKey(folder, contentType);
        Path target = root.resolve(key);
        try {
            Files.createDirectories(target.getParent());
            // Written aside and renamed, so a reader never sees half a file.
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            Files.write(partial, bytes);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + key, e);
        }
        return key;
    }

    @Override
    public String put(String folder, InputStream in, long size, String contentType) {
        String key = ObjectKeys.newKey(folder, contentType);
        Path target = root.resolve(key);
        try (in) {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
            long copied = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (copied != size) {
                Files.delete(partial);
                throw new IllegalArgumentException(key + ": " + copied + " bytes read, " + size + " announced");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store " + key, e);
        }
        return key;
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(Files.size(root.resolve(ObjectKeys.checked(key))));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String key, long offset, long length) {
        try {
            InputStream in = Files.newInputStream(root.resolve(ObjectKeys.checked(key)));
            in.skipNBytes(offset); // a file channel's stream seeks rather than reads
            return BoundedInputStream.builder().setInputStream(in).setMaxCount(length).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(root.resolve(ObjectKeys.checked(key))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(root.resolve(ObjectKeys.checked(key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
