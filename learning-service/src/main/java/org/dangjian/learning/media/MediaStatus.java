package org.dangjian.learning.media;

/** An upload in parts, then a file lessons may play. */
public enum MediaStatus {
    UPLOADING("上传中"),
    READY("已上传");

    private final String label;

    MediaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
