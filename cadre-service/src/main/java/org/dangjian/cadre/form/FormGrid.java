package org.dangjian.cadre.form;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.dangjian.kit.pdf.ChineseLines;

/**
 * The ruled table of a printed form: boxes with a label centred in them, or with text written from their top left
 * and wrapped the Chinese way; text that does not fit a box is cut at its bottom with "……" rather than run over the
 * next one. Coordinates in points from the page's bottom left, boxes given by their top edge.
 */
final class FormGrid {
    private static final float PAD = 4;
    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;

    FormGrid(PDPageContentStream content, PDFont regular, PDFont bold) {
        this.content = content;
        this.regular = regular;
        this.bold = bold;
    }

    /** A label box: the words centred, on as many lines as the width needs. */
    void label(float x, float top, float width, float height, String text, float size) {
        box(x, top, width, height);
        List<String> lines = ChineseLines.wrap(regular, text, size, width - 2 * PAD, width - 2 * PAD);
        float lineHeight = size * 1.3f;
        float first = top - (height - lines.size() * lineHeight) / 2 - size;
        for (int i = 0; i < lines.size(); i++) {
            float w = ChineseLines.width(regular, lines.get(i), size);
            show(regular, size, x + (width - w) / 2, first - i * lineHeight, lines.get(i));
        }
    }

    /** A value box: the text from the top left, wrapped; a line feed starts a new line. */
    void text(float x, float top, float width, float height, String text, float size) {
        box(x, top, width, height);
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> lines = ChineseLines.wrap(regular, text, size, width - 2 * PAD, width - 2 * PAD);
        float lineHeight = size * 1.5f;
        int fits = Math.max(1, (int) ((height - PAD) / lineHeight));
        boolean single = lines.size() == 1 && height < 3 * lineHeight;
        float baseline = single ? top - (height + size * 0.7f) / 2 : top - PAD - size;
        for (int i = 0; i < Math.min(lines.size(), fits); i++) {
            String line = i == fits - 1 && lines.size() > fits ? lines.get(i) + "……" : lines.get(i);
            show(regular, size, x + PAD, baseline - i * lineHeight, line);
        }
    }

    /** Words without a box, at their baseline. */
    void words(float x, float baseline, String text, float size, boolean strong) {
        show(strong ? bold : regular, size, x, baseline, text);
    }

    float width(String text, float size, boolean strong) {
        return ChineseLines.width(strong ? bold : regular, text, size);
    }

    private void box(float x, float top, float width, float height) {
        try {
            content.setLineWidth(0.8f);
            content.addRect(x, top - height, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(PDFont font, float size, float x, float baseline, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
