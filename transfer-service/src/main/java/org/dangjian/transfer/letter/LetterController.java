package org.dangjian.transfer.letter;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letter of introduction of an approved transfer, as a PDF to print; and the public page its QR
 * code leads to, where the receiving side checks that a paper letter is genuine and still valid.
 */
@RestController
class LetterController {
    private final Letters letters;

    LetterController(Letters letters) {
        this.letters = letters;
    }

    @GetMapping(value = "/api/transfers/{id:\\d+}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Letters.Printed printed = letters.print(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(printed.number() + ".pdf").build().toString())
                .body(printed.pdf());
    }

    /** Public (no token): the QR code is scanned by whoever holds the paper. */
    @GetMapping("/api/transfers/letters/{number}/verification")
    LetterVerification verify(@PathVariable String number, @RequestParam(required = false) String code) {
        return letters.verify(number, code);
    }
}
