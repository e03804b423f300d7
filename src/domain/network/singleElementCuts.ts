import { CompiledNeed, DOWN, NetworkIndex, UP } from './networkIndex';

/**
 * The elements whose failure alone, with nothing else failed, cuts every path of the need. Such an
 * element lies on every path, so only the best path with nothing failed needs trying: one search
 * per element on it.
 */
export function singleElementCuts(index: NetworkIndex, need: CompiledNeed): string[] {
  const path = index.bestPath(need, () => UP) ?? [];
  return path.filter((id) => {
    const failed = index.elementIndex(id);
    return failed !== undefined && index.evaluate(need, (e) => (e === failed ? DOWN : UP)) === DOWN;
  });
}
