package org.dangjian.recruitment.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.recruitment.step.VoteCounts;
import org.junit.jupiter.api.Test;

/** The quorum and majority of a branch meeting's vote, counted against the entitled full members. */
class QuorumTest {

    @Test
    void exactlyHalfOfTheEntitledIsNotMoreThanHalf() {
        assertThat(Quorum.quorate(new VoteCounts(10, 10, 0, 0), 20)).isFalse();
        assertThat(Quorum.quorate(new VoteCounts(11, 11, 0, 0), 20)).isTrue();
        assertThat(Quorum.quorate(new VoteCounts(2, 2, 0, 0), 3)).as("2 of 3").isTrue();
        assertThat(Quorum.quorate(new VoteCounts(0, 0, 0, 0), 0)).as("a branch without full members").isFalse();
    }

    @Test
    void yesVotesAreCountedAgainstTheEntitledNotThosePresent() {
        assertThat(Quorum.carried(new VoteCounts(12, 10, 2, 0), 20)).isFalse();
        assertThat(Quorum.carried(new VoteCounts(12, 11, 1, 0), 20)).isTrue();
    }

    @Test
    void countsThatCannotBeAreNamedByField() {
        assertThat(Quorum.faults(new VoteCounts(21, 20, 0, 0), 20)).extracting(Quorum.Fault::field)
                .containsExactly("vote.present");
        assertThat(Quorum.faults(new VoteCounts(12, 10, 2, 1), 20)).extracting(Quorum.Fault::field)
                .containsExactly("vote");
        assertThat(Quorum.faults(new VoteCounts(12, 10, 1, 1), 20)).isEmpty();
    }
}
