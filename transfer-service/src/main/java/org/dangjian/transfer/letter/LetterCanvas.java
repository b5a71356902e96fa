package org.dangjian.transfer.letter;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dangjian.kit.pdf.ChineseLines;

/**
 * The drawing primitives of the letter: text that flows down the page from a cursor, wrapped the
 * Chinese way (pdf-kit's {@link ChineseLines}), plus rules and images. The form's wording and layout stay in {@link LetterPdf}.
 */
final class LetterCanvas {

    private final PDPageContentStream content;
    private final PDFont regular;
    private final PDFont bold;
    private final float left;
    private final float right;
    private float y;

    LetterCanvas(PDPageContentStream content, PDFont regular, PDFont bold, float left, float right) {
        this.content = content;
        this.regular = regular;
        this.bold = bold;
        this.left = left;
        this.right = right;
    }

    /** Puts the cursor at the baseline {@code y}; each part of the form starts at a fixed height. */
    void moveTo(float baseline) {
        this.y = baseline;
    }

    float y() {
        return y;
    }

    float left() {
        return left;
    }

    /** Leaves {@code points} of space below the last line. */
    void skip(float points) {
        y -= points;
    }

    void title(String text, float size) throws IOException {
        float width = width(bold, text, size);
        show(bold, size, left + (right - left - width) / 2, text);
        y -= size * 1.9f;
    }

    /** One line flush right, like the number, the signature and the date of an official letter. */
    void rightLine(String text, float size, float rightInset) throws IOException {
        show(regular, size, right - rightInset - width(regular, text, size), text);
        y -= size * 1.8f;
    }

    /**
     * Lines flush right in a column no wider than {@code maxWidth}, each line ending at the same
     * edge: a long organisation name in the signature wraps instead of running off the page.
     */
    void rightBlock(String text, float size, float maxWidth, float rightInset) throws IOException {
        for (String line : wrap(text, size, maxWidth, maxWidth)) {
            rightLine(line, size, rightInset);
        }
    }

    /**
     * A paragraph wrapped to the text width; Chinese paragraphs indent their first line by two
     * characters.
     */
    void paragraph(String text, float size, boolean indentFirstLine) throws IOException {
        float indent = indentFirstLine ? 2 * size : 0;
        float width = right - left;
        List<String> lines = wrap(text, size, width - indent, width);
        for (int i = 0; i < lines.size(); i++) {
            show(regular, size, left + (i == 0 ? indent : 0), lines.get(i));
            y -= size * 1.8f;
        }
    }

    /** Text followed by a blank to fill in by hand, drawn as a rule on the baseline. */
    void blank(String label, float size, float blankWidth, float x) throws IOException {
        show(regular, size, x, label);
        float start = x + width(regular, label, size);
        rule(start, start + blankWidth, y - 2, false);
        y -= size * 2.2f;
    }

    /** A small caption at an absolute position, for the words beside the QR code. */
    void caption(String text, float size, float x, float baseline) throws IOException {
        show(regular, size, x, baseline, text);
    }

    /**
     * The dashed line the issuing office cuts along, with the letter number written across it: the
     * number on both halves is how stub, letter and receipt are matched again (骑缝编号).
     */
    void cutLine(float baseline, String label, float size) throws IOException {
        float labelWidth = width(regular, label, size);
        float middle = (left + right) / 2;
        float gap = labelWidth / 2 + 6;
        rule(left - 20, middle - gap, baseline, true);
        rule(middle + gap, right + 20, baseline, true);
        content.setNonStrokingColor(Color.DARK_GRAY);
        show(regular, size, middle - labelWidth / 2, baseline - size / 3, label);
        content.setNonStrokingColor(Color.BLACK);
    }

    /**
     * The box where the issuing organisation's seal goes: a light dashed circle of an official seal's size,
     * centred over its name and date as a seal is pressed (骑年盖月), so nobody stamps elsewhere.
     */
    void sealBox(float centerX, float centerY, float diameter) throws IOException {
        float r = diameter / 2;
        float k = 0.5523f * r; // Bézier control distance for a quarter circle
        content.setStrokingColor(Color.GRAY);
        content.setLineWidth(0.6f);
        content.setLineDashPattern(new float[] {2f, 2f}, 0);
        content.moveTo(centerX + r, centerY);
        content.curveTo(centerX + r, centerY + k, centerX + k, centerY + r, centerX, centerY + r);
        content.curveTo(centerX - k, centerY + r, centerX - r, centerY + k, centerX - r, centerY);
        content.curveTo(centerX - r, centerY - k, centerX - k, centerY - r, centerX, centerY - r);
        content.curveTo(centerX + k, centerY - r, centerX + r, centerY - k, centerX + r, centerY);
        content.closePath();
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
        content.setStrokingColor(Color.BLACK);
    }

    float right() {
        return right;
    }

    void image(PDImageXObject image, float x, float yBottom, float size) throws IOException {
        content.drawImage(image, x, yBottom, size, size);
    }

    private void rule(float fromX, float toX, float atY, boolean dashed) throws IOException {
        content.setLineWidth(dashed ? 0.6f : 0.5f);
        content.setLineDashPattern(dashed ? new float[] {4f, 3f} : new float[0], 0);
        content.moveTo(fromX, atY);
        content.lineTo(toX, atY);
        content.stroke();
        content.setLineDashPattern(new float[0], 0);
    }

    private void show(PDFont font, float size, float x, String text) throws IOException {
        show(font, size, x, y, text);
    }

    private void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    private static float width(PDFont font, String text, float size) {
        return ChineseLines.width(font, text, size);
    }

    private List<String> wrap(String text, float size, float firstWidth, float otherWidth) {
        return ChineseLines.wrap(regular, text, size, firstWidth, otherWidth);
    }
}
