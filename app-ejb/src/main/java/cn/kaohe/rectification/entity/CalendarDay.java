package cn.kaohe.rectification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A day that differs from the Monday–Friday rule: a public holiday on a weekday ({@code HOLIDAY}) or a 调休
 * make-up working day on a weekend ({@code WORKDAY}). The office enters each year's schedule as the State Council
 * publishes it.
 */
@Entity
@Table(name = "working_calendar_day")
@NamedQuery(name = CalendarDay.BETWEEN,
        query = "SELECT d FROM CalendarDay d WHERE d.date >= :from AND d.date <= :to ORDER BY d.date")
@NamedQuery(name = CalendarDay.ALL, query = "SELECT d FROM CalendarDay d ORDER BY d.date")
public class CalendarDay {

    public static final String BETWEEN = "CalendarDay.between";
    public static final String ALL = "CalendarDay.all";

    /** What the day is. */
    public enum Kind { HOLIDAY, WORKDAY }

    @Id
    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "name", length = 100)
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(LocalDate date, Kind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDate() { return date; }
    public Kind getKind() { return kind; }
    public String getName() { return name; }
}
