/** Scoring runs and their per-unit input snapshots and results (explanations, standings). */
package cn.kaohe.scoringrun.entity;
