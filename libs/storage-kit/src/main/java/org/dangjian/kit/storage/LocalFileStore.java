package org.dangjian.kit.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

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
