package org.dangjian.kit.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text measured and broken into lines the Chinese way: a line may break between any two Chinese characters, a run of
 * Latin letters and digits (a year, a letter number) stays whole, and closing punctuation hangs at the end of a line
 * rather than start the next one.
 */
public final class ChineseLines {
    /** Characters a Chinese line must not start with; they hang at the end of the line before instead. */
    private static final String NO_LINE_START = "，。、；：？！）》」』”’";

    private ChineseLines() {
    }

    /** The width of {@code text} in points at {@code size}. */
    public static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of {@code text}: the first no wider than {@code firstWidth}, the others than {@code otherWidth}. */
    public static List<String> wrap(PDFont font, String text, float size, float firstWidth, float otherWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float limit = firstWidth;
        for (String token : tokens(text)) {
            if (token.equals("\n")) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                limit = otherWidth;
                continue;
            }
            String candidate = line + token;
            boolean hangs = NO_LINE_START.contains(token);
            if (line.length() > 0 && !hangs && width(font, candidate, size) > limit) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                limit = otherWidth;
                token = token.stripLeading();
            }
            line.append(token);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (isLatin(text.charAt(i))) {
                while (end < text.length() && isLatin(text.charAt(end))) {
                    end++;
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '/' || c == ':');
    }
}
