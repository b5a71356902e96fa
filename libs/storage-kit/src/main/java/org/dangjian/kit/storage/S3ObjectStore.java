package org.dangjian.kit.storage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/** Objects in one bucket of an S3-compatible store (MinIO, Alibaba OSS, Tencent COS, Ceph...). */
public class S3ObjectStore implements ObjectStore {
    /** The most keys one DeleteObjects request takes. */
    private static final int DELETE_BATCH = 1_000;
    private final S3Client s3;
    private final String bucket;

    public S3ObjectStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public String put(String folder, byte[] bytes, String contentType) {
        String key = ObjectKeys.newKey(folder, contentType);
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentLength((long) bytes.length),
                RequestBody.fromBytes(bytes));
        return key;
    }

    /** One PUT up to the store's single-request limit (5 GB on S3): far above any file the platform accepts. */
    @Override
    public String put(String folder, InputStream in, long size, String contentType) {
        String key = ObjectKeys.newKey(folder, contentType);
        try (in) {
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(contentType).contentLength(size),
                    RequestBody.fromInputStream(in, size));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return key;
    }

    @Override
    public OptionalLong size(String key) {
        try {
            return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key))).contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) { // a HEAD answer has no body to name NoSuchKey
                return OptionalLong.empty();
            }
            throw e;
        }
    }

    /** A ranged GET: the store sends only the bytes asked for. */
    @Override
    public InputStream open(String key, long offset, long length) {
        String range = "bytes=" + offset + "-" + (offset + length - 1);
        return s3.getObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key)).range(range));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(ObjectKeys.checked(key))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(ObjectKeys.checked(key)));
    }

    /** One DeleteObjects request per thousand keys rather than a round trip per file. */
    @Override
    public void deleteAll(Collection<String> keys) {
        List<ObjectIdentifier> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(ObjectIdentifier.builder().key(ObjectKeys.checked(key)).build());
            if (ids.size() == DELETE_BATCH) {
                deleteObjects(ids);
                ids.clear();
            }
        }
        if (!ids.isEmpty()) {
            deleteObjects(ids);
        }
    }

    private void deleteObjects(List<ObjectIdentifier> ids) {
        List<ObjectIdentifier> batch = List.copyOf(ids);
        s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(batch).quiet(true)));
    }
}
