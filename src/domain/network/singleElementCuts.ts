import { CompiledNeed, DOWN, NetworkIndex, UP } from './networkIndex';

/**
 * The elements whose failure alone, on top of the `down` ones (none by default), cuts every path of
 * the need. Such an element lies on every remaining path, so only the best remaining path needs
 * trying: one search per element on it. Empty when the need is already DOWN.
 */
export function singleElementCuts(index: NetworkIndex, need: CompiledNeed, down: ReadonlySet<number> = new Set()): string[] {
  const path = index.bestPath(need, (e) => (down.has(e) ? DOWN : UP)) ?? [];
  return path.filter((id) => {
    const failed = index.elementIndex(id);
    return failed !== undefined && index.evaluate(need, (e) => (e === failed || down.has(e) ? DOWN : UP)) === DOWN;
  });
}
