/** Where bench/availabilityEstate.ts writes its section of bench/RESULTS.md; runBench keeps it. */
export const AVAILABILITY_START = '<!-- availability:start -->';
export const AVAILABILITY_END = '<!-- availability:end -->';
