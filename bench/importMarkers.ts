/** Where bench/importBench.ts writes its section of bench/RESULTS.md; runBench keeps it. */
export const IMPORT_START = '<!-- import:start -->';
export const IMPORT_END = '<!-- import:end -->';
