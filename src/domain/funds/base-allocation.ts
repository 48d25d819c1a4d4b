import { cite } from "../shared/citation.ts";
import { accept, reject } from "../shared/rejection.ts";
import type { Outcome } from "../shared/rejection.ts";
import { POPULATION_CLUSTERS, SANGIHE_2022_REGULATION } from "./sangihe-2022-rules.ts";
import type { PopulationCluster } from "./sangihe-2022-rules.ts";

/** No kampung comes near this; a bigger figure is a typo (extra digits), not a population. */
export const MAX_PLAUSIBLE_POPULATION = 1_000_000;

export type BaseAllocationRejection = "INVALID_POPULATION";

/**
 * The base allocation of a kampung by its population (Pasal 4 ayat (2)). Rejects with INVALID_POPULATION and a
 * `reason` of NOT_A_WHOLE_NUMBER, NEGATIVE or IMPLAUSIBLY_LARGE.
 */
export function baseAllocationFor(
  population: number,
  clusters: readonly PopulationCluster[] = POPULATION_CLUSTERS,
): Outcome<PopulationCluster, BaseAllocationRejection> {
  const citation = cite(SANGIHE_2022_REGULATION, "Pasal 4 ayat (2)");
  if (!Number.isSafeInteger(population)) {
    return reject("INVALID_POPULATION", { reason: "NOT_A_WHOLE_NUMBER", population: String(population) }, citation);
  }
  if (population < 0) return reject("INVALID_POPULATION", { reason: "NEGATIVE", population }, citation);
  if (population > MAX_PLAUSIBLE_POPULATION) {
    return reject("INVALID_POPULATION", { reason: "IMPLAUSIBLY_LARGE", population, max: MAX_PLAUSIBLE_POPULATION }, citation);
  }
  const cluster = clusters.find(
    (c) => population >= c.minPopulation && (c.maxPopulation === null || population <= c.maxPopulation),
  );
  return cluster ? accept(cluster) : reject("INVALID_POPULATION", { reason: "NO_CLUSTER", population }, citation);
}
