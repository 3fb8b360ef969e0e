package cn.kaohe.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** A request refused as a whole; the transaction rolls back, nothing is saved. */
@ApplicationException(rollback = true)
public class RequestRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public RequestRejectedException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.key() + v.args())
                .collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejected request names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
