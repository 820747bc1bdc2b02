package kz.edu.leaders.fairness;

import java.util.Map;
import kz.edu.leaders.application.Outcome;
import kz.edu.leaders.application.Stage;

/**
 * What the fairness figures need of one candidate: the groups they belong to, the decisive outcome
 * at each stage they reached, and their scores. No name, no IIN: only the groups leave the loader.
 *
 * @param groups the candidate's group in each dimension
 * @param outcomes the last pass or fail outcome per stage (as stage_result records them)
 * @param scores the score per measure, where the candidate has one
 */
record Candidate(Map<Dimension, String> groups, Map<Stage, Outcome> outcomes, Map<Measure, Double> scores) {
}
