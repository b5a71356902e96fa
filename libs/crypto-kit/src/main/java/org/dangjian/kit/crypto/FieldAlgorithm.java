package org.dangjian.kit.crypto;

/**
 * The cipher of a field value. Both are authenticated (GCM, 96-bit nonce, 128-bit tag); a stored value records
 * which one sealed it, so values of both can be read while a migration moves them from one to the other.
 */
public enum FieldAlgorithm {
    /** AES-GCM, 128- or 256-bit keys: stored as {@code keyId:base64}, as every value was before SM4 existed. */
    AES_GCM("AES", "AES/GCM/NoPadding", ""),
    /** SM4-GCM (GB/T 32907, BouncyCastle), 128-bit keys only: stored as {@code sm4.keyId:base64}. */
    SM4_GCM("SM4", "SM4/GCM/NoPadding", "sm4.");

    private final String keyAlgorithm;
    private final String transformation;
    private final String prefix;

    FieldAlgorithm(String keyAlgorithm, String transformation, String prefix) {
        this.keyAlgorithm = keyAlgorithm;
        this.transformation = transformation;
        this.prefix = prefix;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    String transformation() {
        return transformation;
    }

    /** How a stored value names its key: the key id, after the algorithm's prefix. */
    String reference(String keyId) {
        return prefix + keyId;
    }

    /** The algorithm a stored key reference names. */
    static FieldAlgorithm ofReference(String reference) {
        return reference.startsWith(SM4_GCM.prefix) ? SM4_GCM : AES_GCM;
    }

    String keyId(String reference) {
        return reference.substring(prefix.length());
    }
}
