package cn.kaohe.platform.security;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A data-level refusal: the caller holds a role that may call the method, but not for this record (e.g. a unit
 * reporter asking for another unit). Rolls back; the web layer answers 403 with the translated key.
 */
@ApplicationException(rollback = true)
public class AccessRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    public AccessRefusedException(String key, String... args) {
        super(key + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
