package cn.kaohe.grid.boundary;

import java.io.Serializable;

/**
 * A stored value of the grid, with the version an edit must send back (optimistic locking).
 *
 * @param entryId   the data entry
 * @param version   its version
 * @param value     the value as text: a plain decimal, or JSON for a non-numeric input
 * @param enteredBy who entered it last
 */
public record GridCell(long entryId, long version, String value, String enteredBy) implements Serializable {
}
