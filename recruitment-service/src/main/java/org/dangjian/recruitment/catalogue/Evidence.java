package org.dangjian.recruitment.catalogue;

/** What must be attached when a step is recorded (Kunshan: key steps are proven by an uploaded photo). */
public enum Evidence {
    NONE("无需附件"),
    /** A photo (JPEG or PNG, checked from the bytes), e.g. of the branch meeting or the oath. */
    PHOTO("照片"),
    /** A scan or file (PDF or an image), e.g. the written application or the admission form. */
    DOCUMENT("材料扫描件");

    private final String label;

    Evidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
