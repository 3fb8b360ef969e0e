package cn.kaohe.web.grid;

import cn.kaohe.grid.boundary.GridCell;
import cn.kaohe.grid.boundary.GridRow;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * One editable row of the grid page: the values as typed ({@code values}, bound to the cell editors), the stored cells
 * (entry id and version, for optimistic locking) and a message per cell when a value was refused.
 */
public class GridRowModel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String unitCode;
    private final String unitName;
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, GridCell> stored = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();

    public GridRowModel(GridRow row) {
        this.unitCode = row.unitCode();
        this.unitName = row.unitName();
        row.cells().forEach(this::stored);
    }

    /** Records a stored cell and shows its value. */
    void stored(String path, GridCell cell) {
        stored.put(path, cell);
        values.put(path, cell.value());
        errors.remove(path);
    }

    /** The stored text of a cell, or null. */
    String storedText(String path) {
        GridCell c = stored.get(path);
        return c == null ? null : c.value();
    }

    GridCell storedCell(String path) {
        return stored.get(path);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    /** Who entered each stored value (shown as the cell's title). */
    public Map<String, String> getEnteredBy() {
        Map<String, String> by = new HashMap<>();
        stored.forEach((path, cell) -> by.put(path, cell.enteredBy()));
        return by;
    }
}
