package org.dangjian.recruitment.catalogue;

import java.util.Collection;

/** What must be attached when a step is recorded (Kunshan: key steps are proven by an uploaded photo). */
public enum Evidence {
    NONE("无需附件"),
    /** A photo (JPEG, PNG or WebP, checked from the bytes), e.g. of the branch meeting or the oath. */
    PHOTO("照片"),
    /** A scan or file (PDF or an image), e.g. the written application or the admission form. */
    DOCUMENT("材料扫描件");

    private final String label;

    Evidence(String label) {
        this.label = label;
    }

    /**
     * Whether files of these types (as read from their bytes) prove the step: a photo for PHOTO, a PDF or a photo
     * (of the paper) for DOCUMENT, anything for NONE.
     */
    public boolean satisfiedBy(Collection<String> contentTypes) {
        return switch (this) {
            case NONE -> true;
            case PHOTO -> contentTypes.stream().anyMatch(Evidence::isPhoto);
            case DOCUMENT -> contentTypes.stream().anyMatch(t -> isPhoto(t) || "application/pdf".equals(t));
        };
    }

    private static boolean isPhoto(String contentType) {
        return contentType != null && contentType.startsWith("image/");
    }

    public String label() {
        return label;
    }
}
