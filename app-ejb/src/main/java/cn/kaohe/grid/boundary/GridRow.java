package cn.kaohe.grid.boundary;

import java.io.Serializable;
import java.util.Map;

/** A unit of the grid and its stored values by entry path (absent: nothing entered yet). */
public record GridRow(String unitCode, String unitName, String category, Map<String, GridCell> cells)
        implements Serializable {

    public GridRow {
        cells = Map.copyOf(cells);
    }
}
