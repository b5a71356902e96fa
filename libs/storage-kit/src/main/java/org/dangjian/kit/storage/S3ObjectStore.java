package org.dangjian.kit.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
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
