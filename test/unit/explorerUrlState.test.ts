import { DEFAULT_DEPTH, EMPTY_STATE, addFailure, formatState, openEntity, parseState, removeFailure, toggleCollapse, toggleExpand } from '../../web/explorer/urlState';

describe('explorer URL state', () => {
  test('a what-if link names its failures in order, commas kept readable', () => {
    const state = parseState('?fail=isp.core-rtr-1,isp.core-rtr-2');
    expect(state.fail).toEqual(['isp.core-rtr-1', 'isp.core-rtr-2']);
    expect(formatState(state)).toBe('?fail=isp.core-rtr-1,isp.core-rtr-2');
  });

  test('every view round-trips through its URL', () => {
    const state = {
      ...EMPTY_STATE,
      entity: 'bank.netbanking',
      expand: ['bank.web-cluster'],
      depth: 5,
      collapse: ['Network' as const, 'Connectivity' as const],
      fail: ['isp.core-rtr-1'],
      chain: 'isp.business-internet',
      analysis: 'spof' as const,
      select: 'bank.cg.retail-account-holders',
    };
    expect(parseState(formatState(state))).toEqual(state);
    expect(parseState(formatState({ ...EMPTY_STATE, current: true }))).toEqual({ ...EMPTY_STATE, current: true });
    expect(formatState(EMPTY_STATE)).toBe('');
  });

  test('malformed or unknown values take their defaults, duplicates and blanks go', () => {
    const state = parseState('fail=a,,a, b&depth=99&collapse=Network,Bogus&analysis=magic&entity=%20');
    expect(state).toEqual({ ...EMPTY_STATE, fail: ['a', 'b'], collapse: ['Network'] });
    expect(parseState('?depth=0').depth).toBe(DEFAULT_DEPTH);
  });

  test('a what-if wins over the current impact', () => {
    expect(parseState('?current=1').current).toBe(true);
    expect(parseState('?current=1&fail=x').current).toBe(false);
    expect(addFailure({ ...EMPTY_STATE, current: true }, 'x')).toMatchObject({ current: false, fail: ['x'] });
  });

  test('ids with reserved characters are escaped and come back intact', () => {
    const state = { ...EMPTY_STATE, entity: 'odd id&=?#' };
    expect(formatState(state)).toBe('?entity=odd%20id%26%3D%3F%23');
    expect(parseState(formatState(state)).entity).toBe('odd id&=?#');
  });

  test('opening an entity resets expansions and the analysis but keeps the impact shown', () => {
    const before = { ...EMPTY_STATE, entity: 'a', expand: ['b'], analysis: 'exposure' as const, fail: ['x'] };
    expect(openEntity(before, 'c')).toEqual({ ...before, entity: 'c', expand: [], analysis: null, select: 'c' });
  });

  test('failures, expansions and kinds toggle', () => {
    expect(removeFailure(addFailure(addFailure(EMPTY_STATE, 'a'), 'a'), 'a').fail).toEqual([]);
    expect(toggleExpand(toggleExpand(EMPTY_STATE, 'a'), 'a').expand).toEqual([]);
    // Kinds keep the schema's order, whatever order they were toggled in.
    expect(toggleCollapse(toggleCollapse(EMPTY_STATE, 'Network'), 'Component').collapse).toEqual(['Component', 'Network']);
  });
});
