package cn.kaohe.reporting.boundary;

import cn.kaohe.reporting.entity.EvidenceFile;
import java.time.LocalDateTime;

/**
 * An evidence file's record (the bytes are fetched separately). A withdrawn file has {@code withdrawnAt},
 * {@code withdrawnBy} and {@code withdrawReason}; a replacement names the file it {@code replaces}.
 */
public record EvidenceView(long id, String ownerKind, long ownerId, String unitCode, String fileName,
        String contentType, long size, String sha256, String uploadedBy, LocalDateTime uploadedAt,
        LocalDateTime withdrawnAt, String withdrawnBy, String withdrawReason, Long replaces, long version) {

    static EvidenceView of(EvidenceFile f) {
        return new EvidenceView(f.getId(), f.getOwnerKind().name(), f.getOwnerId(), f.getUnitCode(), f.getFileName(),
                f.getContentType(), f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt(),
                f.getWithdrawnAt(), f.getWithdrawnBy(), f.getWithdrawReason(), f.getReplacesId(), f.getVersion());
    }
}
