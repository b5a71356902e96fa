package org.dangjian.cadre.privacy;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.dangjian.kit.privacy.reencryption.EncryptionRoutes;
import org.dangjian.kit.privacy.reencryption.Reencryption;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** cadre-service's field encryption and its re-encryption, for the city administrator: privacy-kit's routes. */
@RestController
@RequestMapping("/api/cadres/encryption")
@Tag(name = "字段加密", description = "本服务加密保存的字段所用的密钥与算法，以及改用新密钥或国密SM4后的重新加密。"
        + "The key and algorithm of the service's encrypted columns, and moving them to a new key or to SM4.")
public class CadreEncryptionController extends EncryptionRoutes {

    CadreEncryptionController(Reencryption reencryption) {
        super(reencryption);
    }
}
