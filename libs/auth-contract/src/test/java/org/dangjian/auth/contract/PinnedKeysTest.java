package org.dangjian.auth.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PinnedKeysTest {

    @Test
    void aKeyThatCopiesAPinnedKeysIdIsStillNotTrusted() throws Exception {
        RSAKey ours = new RSAKeyGenerator(2048).keyID("k1").generate().toPublicJWK();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("k1").generate().toPublicJWK();

        assertThat(PinnedKeys.trusted(List.of(ours, impostor), Set.of(PinnedKeys.thumbprint(ours))))
                .containsExactly(ours);
        assertThat(PinnedKeys.trusted(List.of(ours, impostor), Set.of())).as("nothing pinned: the key set decides")
                .containsExactly(ours, impostor);
    }
}
