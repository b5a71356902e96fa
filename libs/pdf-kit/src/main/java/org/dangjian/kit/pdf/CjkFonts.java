package org.dangjian.kit.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font of the platform's PDFs: Noto Sans SC converted to TrueType outlines
 * (com.helger.font:ph-fonts-noto-sans-sc, SIL OFL 1.1). PDFBox subsets and embeds glyf fonts, so a PDF shows the
 * same on any machine and no system font is assumed; the whole font, not a GB2312 subset, because names use
 * characters like 喆 and 堃.
 */
public final class CjkFonts {
    public static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    public static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

    private CjkFonts() {
    }

    /** Called where a service's renderer is made: it fails at start-up, not at the first document, without the font jar. */
    public static void requirePresent() {
        for (String font : new String[] {REGULAR, BOLD}) {
            if (CjkFonts.class.getClassLoader().getResource(font) == null) {
                throw new IllegalStateException("CJK font not on the classpath: " + font);
            }
        }
    }

    public static PDFont regular(PDDocument doc) throws IOException {
        return load(doc, REGULAR);
    }

    public static PDFont bold(PDDocument doc) throws IOException {
        return load(doc, BOLD);
    }

    private static PDFont load(PDDocument doc, String resource) throws IOException {
        // PDFBox reads the stream whole and embeds only the glyphs the document uses (subset = true), so the PDF
        // stays small although the font is 10 MB. Read per document rather than cached: documents are rare, and
        // 20 MB of font bytes need not live on the heap.
        try (InputStream in = CjkFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font not on the classpath: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }
}
