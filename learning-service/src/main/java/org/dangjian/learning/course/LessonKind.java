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
}
