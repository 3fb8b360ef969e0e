package cn.kaohe.audit.boundary;

/**
 * The result of checking the whole chain.
 *
 * @param intact        whether every entry and the head check out
 * @param entries       entries checked
 * @param firstBroken   the first position whose entry was changed, removed or reordered; {@code null} if intact
 * @param headPosition  the position the chain head records
 */
public record AuditVerification(boolean intact, long entries, Long firstBroken, long headPosition) {
}
