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
}
