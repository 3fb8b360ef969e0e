package cn.kaohe.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * A request that conflicts with the current state: someone else changed the record first (optimistic lock), or
 * the record may no longer change (a frozen scheme version). The transaction rolls back; the web layer answers 409
 * naming the record.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Violation violation;

    public ConflictException(Violation violation) {
        super(violation.field() + ": " + violation.key() + violation.args());
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }
}
