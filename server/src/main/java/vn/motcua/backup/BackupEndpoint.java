package vn.motcua.backup;

import java.io.IOException;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup}: backs the embedded database up now (deploy/backup.sh, the nightly timer). Admins or
 * the backup token may call it (security/OperationsSecurity); the file stays on the server.
 */
@Component
@Endpoint(id = "backup")
class BackupEndpoint {

    private final EmbeddedBackup backup;

    BackupEndpoint(EmbeddedBackup backup) {
        this.backup = backup;
    }

    @WriteOperation
    WebEndpointResponse<Map<String, Object>> backUp() {
        try {
            return backup.backUp()
                    .map(written -> new WebEndpointResponse<Map<String, Object>>(Map.of("file",
                            written.file().toString(), "bytes", written.bytes()), 201))
                    .orElseGet(() -> new WebEndpointResponse<>(Map.of("problem",
                            "The database is not an embedded H2 file:"
                                    + " back PostgreSQL up with deploy/backup.sh (pg_dump)."),
                            409));
        } catch (IOException | RuntimeException failed) {
            // A full disk or an unwritable folder is said in words to the script, which exits with an error.
            return new WebEndpointResponse<>(Map.of("problem", "Backup failed: " + failed.getMessage()), 503);
        }
    }
}
