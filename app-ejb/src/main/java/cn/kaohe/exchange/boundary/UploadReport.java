package cn.kaohe.exchange.boundary;

/**
 * A saved upload.
 *
 * @param periodCode the period
 * @param values     values read from the workbook
 * @param created    entries created
 * @param changed    entries whose value changed
 * @param sha256     SHA-256 of the uploaded file (also in the audit log)
 */
public record UploadReport(String periodCode, int values, int created, int changed, String sha256) {
}
