package org.dangjian.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Reliability suite, hostile spreadsheets: an .xlsx whose sheet inflates to gigabytes (a zip bomb, padded to the size
 * of a real upload) and a members file one row over the limit are refused with a problem at every import (members,
 * organisations, development cases), and the services go on answering. Each refusal's time is printed.
 */
@Order(Integer.MAX_VALUE - 3)
class ZipBombE2eTest {
    private static final long MIB = 1024 * 1024;
    /** What the sheet would inflate to. */
    private static final long INFLATED = 3L * 1024 * MIB;
    private static final List<String> MEMBER_HEADER = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "手机号",
            "学历", "所在组织编码", "人员类别", "入党日期", "转正日期");

    @Test
    void aZipBombAndAFileOverTheRowLimitAreRefusedAndTheServicesKeepAnswering() {
        Api api = new Api(Platform.get().gateway());
        Api.Session city = api.login("admin", Platform.ADMIN_PASSWORD);
        Map<String, String> refused = new LinkedHashMap<>();

        // the gateway takes bodies up to 10 MB: each import gets a bomb just under it, which the service must open
        Map<String, Long> imports = new LinkedHashMap<>();
        imports.put("/api/members/import", 9 * MIB);
        imports.put("/api/orgs/import", 9 * MIB);
        imports.put("/api/recruitment/cases/import", 9 * MIB);
        for (Map.Entry<String, Long> target : imports.entrySet()) {
            byte[] bomb = zipBomb(target.getValue());
            long started = System.nanoTime();
            Api.Reply reply = city.upload(target.getKey(), "名册.xlsx", Sheets.XLSX, bomb);
            long millis = (System.nanoTime() - started) / 1_000_000;
            refused.put(target.getKey() + " bomb (" + bomb.length / MIB + " MB, " + INFLATED / MIB / 1024 + " GB inflated)",
                    reply.status() + " " + reply.code() + " in " + millis + " ms");
            assertThat(reply.status()).as(target.getKey() + ": " + reply.raw().body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }

        byte[] large = zipBomb(19 * MIB);
        Api.Reply tooLarge = city.upload("/api/members/import", "名册.xlsx", Sheets.XLSX, large);
        refused.put("/api/members/import bomb (19 MB)", tooLarge.status() + " " + tooLarge.code());
        assertThat(tooLarge.status()).as("a 19 MB file, past the gateway's 10 MB").isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("PAYLOAD_TOO_LARGE");

        List<List<Object>> rows = new ArrayList<>();
        String birth = LocalDate.of(1980, 1, 1).toString();
        for (int i = 0; i <= 100_000; i++) {
            rows.add(List.of("党员" + i, "男", "汉族", birth, "", "", "大学本科", "320583-NONE", "正式党员", "2005-07-01", ""));
        }
        byte[] tooMany = Sheets.xlsx("党员", MEMBER_HEADER, rows);
        long started = System.nanoTime();
        Api.Reply overLimit = city.upload("/api/members/import", "members.xlsx", Sheets.XLSX, tooMany);
        refused.put("/api/members/import 100,001 rows (" + tooMany.length / MIB + " MB)", overLimit.status() + " "
                + overLimit.code() + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(overLimit.status()).as(overLimit.raw().body()).isEqualTo(400);
        assertThat(overLimit.code()).isEqualTo("MEMBER_IMPORT_TOO_MANY_ROWS");

        System.out.println("Hostile spreadsheets refused: " + refused);
        Reliability.record("hostile spreadsheets", refused.size() + " refused: " + refused);
        for (String path : List.of("/api/members?page=1&size=1", "/api/orgs/tree", "/api/recruitment/pipeline")) {
            assertThat(city.get(path).status()).as("still answering: " + path).isLessThan(500);
        }
        assertThat(city.get("/api/members?page=1&size=1").status()).isEqualTo(200);
    }

    /**
     * An .xlsx of about {@code size} bytes: the parts a workbook needs, a stored (incompressible) picture that makes up
     * the size, and a sheet that inflates to {@link #INFLATED} bytes of rows. The sheet's deflate stream is one
     * compressed megabyte of rows repeated: each copy was compressed on its own, so it means the same wherever it
     * stands, and the file is built in a second instead of compressing gigabytes.
     */
    static byte[] zipBomb(long size) {
        ZipWriter zip = new ZipWriter();
        zip.deflated("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>").getBytes(StandardCharsets.UTF_8));
        zip.deflated("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        zip.deflated("xl/workbook.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"党员\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
        zip.deflated("xl/_rels/workbook.xml.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));

        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                .getBytes(StandardCharsets.UTF_8);
        StringBuilder oneMegabyte = new StringBuilder();
        while (oneMegabyte.length() < MIB - 64) {
            oneMegabyte.append("<row><c t=\"inlineStr\"><is><t>党员</t></is></c></row>");
        }
        byte[] rows = oneMegabyte.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        long copies = (INFLATED - head.length - tail.length) / rows.length;
        zip.repeated("xl/worksheets/sheet1.xml", head, rows, copies, tail);

        byte[] padding = new byte[(int) Math.max(0, size - zip.size() - 4096)];
        ThreadLocalRandom.current().nextBytes(padding);
        zip.stored("xl/media/image1.png", padding);
        return zip.finish();
    }

    /** The few zip structures an .xlsx needs (no zip64: every entry stays under 4 GB). */
    private static final class ZipWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
        private int entries;

        int size() {
            return out.size();
        }

        void deflated(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry(name, 8, crc.getValue(), content.length, deflate(content, true));
        }

        void stored(String name, byte[] content) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry(name, 0, crc.getValue(), content.length, content);
        }

        void repeated(String name, byte[] head, byte[] body, long copies, byte[] tail) {
            CRC32 crc = new CRC32();
            crc.update(head);
            for (long i = 0; i < copies; i++) {
                crc.update(body);
            }
            crc.update(tail);
            byte[] compressedBody = deflate(body, false);
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            data.writeBytes(deflate(head, false));
            for (long i = 0; i < copies; i++) {
                data.writeBytes(compressedBody);
            }
            data.writeBytes(deflate(tail, true));
            entry(name, 8, crc.getValue(), head.length + body.length * copies + tail.length, data.toByteArray());
        }

        byte[] finish() {
            int offset = out.size();
            byte[] dir = directory.toByteArray();
            out.writeBytes(dir);
            out.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                    .putShort((short) entries).putInt(dir.length).putInt(offset).putShort((short) 0).array());
            return out.toByteArray();
        }

        private void entry(String name, int method, long crc, long inflated, byte[] data) {
            byte[] fileName = name.getBytes(StandardCharsets.UTF_8);
            int offset = out.size();
            out.writeBytes(le(30).putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) method)
                    .putShort((short) 0).putShort((short) 0x5a21).putInt((int) crc).putInt(data.length).putInt((int) inflated)
                    .putShort((short) fileName.length).putShort((short) 0).array());
            out.writeBytes(fileName);
            out.writeBytes(data);
            directory.writeBytes(le(46).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0x0800).putShort((short) method).putShort((short) 0).putShort((short) 0x5a21)
                    .putInt((int) crc).putInt(data.length).putInt((int) inflated).putShort((short) fileName.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt(offset).array());
            directory.writeBytes(fileName);
            entries++;
        }

        /**
         * Raw deflate (no zlib wrapper), as zip stores it, each call without history: the last part ends the stream,
         * the others end on a byte boundary (a sync flush) so that parts can follow one another.
         */
        private static byte[] deflate(byte[] content, boolean last) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            deflater.setInput(content);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (true) {
                int n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                compressed.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length && deflater.needsInput()) {
                    break;
                }
            }
            deflater.end();
            return compressed.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
