package cn.kaohe.workflow.boundary;

import java.time.LocalDateTime;

/** One step of a unit's history: action, states, actor ({@code system} for the timer), time (UTC), reason. */
public record TransitionView(String action, String from, String to, String actor, LocalDateTime at, String reason) {
}
