package org.dangjian.transfer.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.dangjian.kit.pdf.CjkFonts;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders a letter of introduction as one A4 page in the official three-part form of
 * 中国共产党党员组织关系介绍信: the stub the issuing organisation keeps (存根), the letter the member
 * carries, and the receipt the receiving organisation sends back (回执), separated by dashed cut lines.
 * The letter is issued and stamped by the committee that approved the transfer (or the organisation
 * department), never by the sending branch: stub and letter name it beside a seal box, and the receipt
 * is addressed to it.
 * Plain class: unit tests call it without Spring.
 */
@Component
public class LetterPdf {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float TITLE = 16;
    private static final float BODY = 12;
    private static final float SMALL = 9;
    private static final float QR_SIZE = 84;
    /** An official seal is 4.2 cm across; the box is drawn that size (1 cm = 28.35 pt). */
    private static final float SEAL = 119;
    private static final float SEAL_STUB = 72;

    // Fixed heights of the parts, as on the printed form: a long name wraps inside its part and the
    // cut lines stay where the office's paper cutter expects them.
    private static final float STUB_TOP = 790;
    private static final float FIRST_CUT = 596;
    private static final float LETTER_TOP = 566;
    private static final float SECOND_CUT = 236;
    private static final float RECEIPT_TOP = 206;

    public LetterPdf() {
        CjkFonts.requirePresent();
    }

    /** One A4 page with stub, letter and receipt; the PDF's bytes. */
    public byte[] render(IntroductionLetter letter) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle("中国共产党党员组织关系介绍信 " + letter.number());
            PDImageXObject qr = qrCode(doc, letter.verifyUrl());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                LetterCanvas canvas = new LetterCanvas(
                        content, CjkFonts.regular(doc), CjkFonts.bold(doc), MARGIN, PAGE.getWidth() - MARGIN);
                stub(canvas, letter);
                canvas.cutLine(FIRST_CUT, numberLine(letter), SMALL);
                letter(canvas, letter, qr);
                canvas.cutLine(SECOND_CUT, numberLine(letter), SMALL);
                receipt(canvas, letter);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render letter " + letter.number(), e);
        }
    }

    /** (a) 存根: what the sending organisation files, the same facts as the letter in short. */
    private void stub(LetterCanvas canvas, IntroductionLetter letter) throws IOException {
        canvas.moveTo(STUB_TOP);
        canvas.title("中国共产党党员组织关系介绍信（存根）", TITLE);
        canvas.rightLine(numberLine(letter), BODY, 0);
        canvas.paragraph(letter.memberName() + " 同志" + genderAndAge(letter) + "，系中共" + kind(letter)
                + "，组织关系由 " + letter.fromOrgName() + " 转到 " + letter.toOrgName() + reason(letter) + "。", BODY, true);
        canvas.paragraph("党费已交到 " + dues(letter.duesPaidUntil()) + "。", BODY, true);
        canvas.paragraph("有效期至 " + day(letter.validUntil()) + "。", BODY, true);
        signature(canvas, letter, SEAL_STUB);
    }

    /** The issuing organisation's name and the date, flush right, with the seal box pressed over both. */
    private static void signature(LetterCanvas canvas, IntroductionLetter letter, float seal) throws IOException {
        float top = canvas.y();
        canvas.rightBlock(letter.issuerName() + "（盖章）", BODY, 220, 0);
        canvas.rightLine(day(letter.issuedOn()), BODY, 0);
        float middle = (top + canvas.y()) / 2 + BODY;
        canvas.sealBox(canvas.right() - 110 / 2f - 20, middle, seal);
    }

    /** (b) the letter itself, addressed to the receiving organisation and carried by the member. */
    private void letter(LetterCanvas canvas, IntroductionLetter letter, PDImageXObject qr) throws IOException {
        canvas.moveTo(LETTER_TOP);
        canvas.title("中国共产党党员组织关系介绍信", TITLE + 2);
        canvas.rightLine(numberLine(letter), BODY, 0);
        canvas.paragraph(letter.toOrgName() + "：", BODY, false);
        canvas.paragraph("兹有 " + letter.memberName() + " 同志" + genderAndAge(letter) + "，系中共" + kind(letter)
                + "，组织关系由 " + letter.fromOrgName() + " 转到 " + letter.toOrgName() + reason(letter)
                + "，请接洽。", BODY, true);
        canvas.paragraph("该同志党费已交到 " + dues(letter.duesPaidUntil()) + "。", BODY, true);
        canvas.paragraph("（有效期至 " + day(letter.validUntil()) + "）", BODY, true);
        if (letter.toAddress() != null && !letter.toAddress().isBlank()) {
            canvas.paragraph("接收党组织地址：" + letter.toAddress(), BODY, false);
        }
        // The QR code sits bottom left, clear of the signature on the right, so a stamp over the
        // signature never covers it.
        float qrBottom = SECOND_CUT + 22;
        canvas.image(qr, canvas.left(), qrBottom, QR_SIZE);
        canvas.caption("扫码核验真伪", SMALL, canvas.left() + QR_SIZE + 8, qrBottom + QR_SIZE - SMALL);
        canvas.caption("编号 " + letter.number(), SMALL, canvas.left() + QR_SIZE + 8, qrBottom + QR_SIZE - 2.6f * SMALL);

        canvas.moveTo(Math.min(canvas.y() - BODY, qrBottom + QR_SIZE - BODY));
        signature(canvas, letter, SEAL);
    }

    /** (c) 回执: cut off and returned to the issuing organisation once the member has reported. */
    private void receipt(LetterCanvas canvas, IntroductionLetter letter) throws IOException {
        canvas.moveTo(RECEIPT_TOP);
        canvas.title("中国共产党党员组织关系介绍信回执", TITLE);
        canvas.rightLine(numberLine(letter), BODY, 0);
        canvas.paragraph(letter.issuerName() + "：", BODY, false);
        canvas.paragraph(letter.memberName() + " 同志的党员组织关系已转达我处，特此回执。", BODY, true);
        canvas.skip(BODY);
        float x = PAGE.getWidth() - MARGIN - 260;
        canvas.blank("接收党组织（盖章）：", BODY, 140, x);
        canvas.rightLine("　　　　年　　　月　　　日", BODY, 0);
    }

    /**
     * The verification QR code as a lossless image, one module drawn as a 4-pixel square: crisp when
     * printed (PDF viewers do not smooth it) and still a few hundred bytes compressed.
     */
    private static PDImageXObject qrCode(PDDocument doc, String content) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IOException("verifyUrl does not fit a QR code: " + content, e);
        }
        int scale = 4;
        BufferedImage image = new BufferedImage(
                matrix.getWidth() * scale, matrix.getHeight() * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.getRaster().setSample(x, y, 0, matrix.get(x / scale, y / scale) ? 0 : 255);
            }
        }
        return LosslessFactory.createFromImage(doc, image);
    }

    /** "（转接原因：工作调动）", or nothing when the letter names no reason. */
    private static String reason(IntroductionLetter letter) {
        return letter.reason() == null || letter.reason().isBlank() ? "" : "（转接原因：" + letter.reason() + "）";
    }

    private static String numberLine(IntroductionLetter letter) {
        return "第 " + letter.number() + " 号";
    }

    /** "（男），45 岁": each part left out when unknown, as an official would leave the blank empty. */
    private static String genderAndAge(IntroductionLetter letter) {
        String gender = switch (letter.gender() == null ? "" : letter.gender()) {
            case "MALE" -> "（男）";
            case "FEMALE" -> "（女）";
            default -> "";
        };
        return gender + (letter.age() == null ? "" : "，" + letter.age() + " 岁");
    }

    private static String kind(IntroductionLetter letter) {
        return letter.probationary() ? "预备党员" : "正式党员";
    }

    private static String dues(YearMonth month) {
        return month == null ? "—" : month.getYear() + " 年 " + month.getMonthValue() + " 月";
    }

    private static String day(LocalDate date) {
        return date.getYear() + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }
}
