package cn.kaohe.reporting.boundary;

import jakarta.json.JsonValue;

/** A new value for an entry, with the version the editor read (optimistic locking). */
public record EntryUpdate(JsonValue value, Long version) {
}
