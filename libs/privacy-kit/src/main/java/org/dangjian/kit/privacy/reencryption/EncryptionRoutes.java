package org.dangjian.kit.privacy.reencryption;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.dangjian.kit.security.rights.CityAdminOnly;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The routes of a service's field encryption, for the city administrator: what new values are sealed with, how
 * many old ones remain, and starting the re-encryption that moves them. A service that keeps encrypted columns
 * mounts them under its own area by extending this class ({@code /api/members/encryption}); operation ids follow
 * the subclass.
 */
public abstract class EncryptionRoutes {
    private final Reencryption reencryption;

    protected EncryptionRoutes(Reencryption reencryption) {
        this.reencryption = reencryption;
    }

    @CityAdminOnly
    @GetMapping
    @Operation(summary = "查看字段加密状态",
            description = "The key and algorithm new values are sealed with (k1 for AES-GCM, sm4.k2 for SM4-GCM; set by "
                    + "DJ_CRYPTO_ACTIVE_KEY_ID and DJ_CRYPTO_ALGORITHM), and per table with encrypted columns: rows, "
                    + "rows with a value not yet under it, and the last re-encryption run (target, rows moved, started, "
                    + "finished). For the city administrator only (@CityAdminOnly).")
    public EncryptionStatus status() {
        return reencryption.status();
    }

    @CityAdminOnly
    @PostMapping("/reencrypt")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "重新加密",
            description = "Moves every encrypted value to the active key and algorithm, in the background, 500 rows a "
                    + "transaction; follow it with the status route. A run cut off goes on from its last batch (also by "
                    + "itself when the service starts); values are read with the keys still configured, so keep the old "
                    + "key until the run has finished. For the city administrator only (@CityAdminOnly).")
    @ApiResponse(responseCode = "202", description = "已开始。Started; the status as it is now.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "已在进行。A run is under way, code REENCRYPTION_RUNNING")
    public EncryptionStatus reencrypt() {
        if (!reencryption.start()) {
            throw ApiException.conflict("REENCRYPTION_RUNNING");
        }
        return reencryption.status();
    }
}
