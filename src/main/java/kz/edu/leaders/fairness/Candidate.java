package kz.edu.leaders.fairness;

import java.util.Map;

/**
 * What the fairness figures need of one candidate: the groups they belong to, the decisive outcome
 * at each stage they reached, and their scores. No name, no IIN: only the groups leave the loader.
 *
 * @param groups the candidate's group in each dimension
 * @param outcomes the last pass or fail outcome per stage (stage_result.stage to outcome)
 * @param scores the score per measure, where the candidate has one
 */
record Candidate(Map<Dimension, String> groups, Map<String, String> outcomes, Map<Measure, Double> scores) {
}
