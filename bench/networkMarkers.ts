/** Where bench/runNetworkBench.ts writes its section of bench/RESULTS.md; runBench keeps it. */
export const NETWORK_START = '<!-- network:start -->';
export const NETWORK_END = '<!-- network:end -->';
