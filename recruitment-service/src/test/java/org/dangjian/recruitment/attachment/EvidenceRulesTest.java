package org.dangjian.recruitment.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dangjian.recruitment.catalogue.Evidence;
import org.junit.jupiter.api.Test;

class EvidenceRulesTest {

    @Test
    void aPhotoStepNeedsAPhotoADocumentStepAPdfOrAPhotoOfThePaper() {
        assertThat(Evidence.PHOTO.satisfiedBy(List.of("application/pdf"))).isFalse();
        assertThat(Evidence.PHOTO.satisfiedBy(List.of("application/pdf", "image/jpeg"))).isTrue();
        assertThat(Evidence.DOCUMENT.satisfiedBy(List.of())).isFalse();
        assertThat(Evidence.DOCUMENT.satisfiedBy(List.of("application/pdf"))).isTrue();
        assertThat(Evidence.DOCUMENT.satisfiedBy(List.of("image/webp"))).isTrue();
        assertThat(Evidence.NONE.satisfiedBy(List.of())).isTrue();
    }

    @Test
    void anUploadedFileKeepsOnlyTheLastPartOfItsName() {
        assertThat(FileNames.clean("C:\\Users\\支书\\桌面\\入党申请书.pdf")).isEqualTo("入党申请书.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("..")).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.clean(null)).isEqualTo(FileNames.UNNAMED);
        assertThat(FileNames.clean("a\nb.jpg")).isEqualTo("ab.jpg");
        assertThat(FileNames.clean("x".repeat(200) + ".pdf")).hasSize(FileNames.MAX).endsWith(".pdf");
    }
}
