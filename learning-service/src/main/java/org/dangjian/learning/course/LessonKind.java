package org.dangjian.learning.course;

/** What a lesson is played or read as. */
public enum LessonKind {
    VIDEO("视频"),
    AUDIO("音频"),
    ARTICLE("图文"),
    PDF("PDF文档");

    private final String label;

    LessonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a file of {@code contentType} is what a lesson of this kind plays; an article plays none. */
    public boolean plays(String contentType) {
        return switch (this) {
            case VIDEO -> contentType.startsWith("video/");
            case AUDIO -> contentType.startsWith("audio/");
            case PDF -> contentType.equals("application/pdf");
            case ARTICLE -> false;
        };
    }
}
