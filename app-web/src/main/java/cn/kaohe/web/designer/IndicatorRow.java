package cn.kaohe.web.designer;

import java.io.Serializable;
import java.util.List;

/** One row of the designer's tree table: an indicator's shown fields and the problems found on it. */
public record IndicatorRow(String path, String id, String name, String weight, String points, String kind,
        String methodPoints, List<String> problems, boolean removable) implements Serializable {
}
