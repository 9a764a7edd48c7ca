package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One row of the province's dossier log, as the national portal names its fields (MaHoSo, MaTTHC, ChuHoSo,
 * SoDienThoai, NgayTiepNhan, NgayHenTra, TrangThaiHoSo, NgayKetThucXuLy, NgayTra, DonViXuLy), already checked.
 */
public record ProvinceDossier(String code, String procedureCode, String ownerName, String phone, Instant receivedAt,
        Instant dueAt, DossierStatus status, Instant processedAt, Instant returnedAt, String unitName) {

    public ProvinceDossier {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(ownerName, "ownerName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
    }

    /** A digest of every field: the same row imported again is recognised as unchanged without comparing columns. */
    public String digest() {
        String joined = String.join("\u001f", Stream.of(code, procedureCode, ownerName, phone, receivedAt, dueAt,
                status, processedAt, returnedAt, unitName).map(String::valueOf).toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
