import { parseGml } from '../../src/domain/network/gml';
import { MAX_DEFAULT_VALUES, MAX_XML_ERRORS, parseGraphml } from '../../src/domain/network/graphml';
import { MAX_NESTING } from '../../src/domain/network/nestingLimit';
import { Gateway } from '../../src/neo4j/gateway';
import { ImportService } from '../../src/services/importService';

/**
 * Limits that keep reading a network file linear in its size, so one request cannot hold the event
 * loop. Each case is built so that the line of the refusal shows where reading stopped: every level
 * of nesting on a line of its own, and something after the stop that would be a problem if read.
 * (No clock is asked: that reading stops at the cap is what makes the time linear.)
 */

const HEADER = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">'];

/**
 * GraphML `depth` elements deep: graphml, graph, node and data (levels 1 to 4, lines 2 to 4), then
 * yEd drawing elements one a line, so that from level 5 on the element at level d opens on line d.
 * After them comes a <data> with an undeclared key, a problem for any reader that gets that far.
 */
function nestedGraphml(depth: number): string {
  const drawing = depth - 4;
  return [
    ...HEADER,
    '<key id="d0" for="node" attr.name="label" attr.type="string"/><key id="d1" for="node" yfiles.type="nodegraphics"/><graph edgedefault="undirected">',
    '<node id="a"><data key="d0">A</data><data key="d1">',
    ...Array.from({ length: drawing }, () => '<y:Shape>'),
    ...Array.from({ length: drawing }, () => '</y:Shape>'),
    '</data><data key="undeclared">x</data></node>',
    '</graph>',
    '</graphml>',
  ].join('\n');
}

/**
 * GML `depth` lists deep, one list a line: graph [ (line 1), node [, then drawing lists, so the list
 * at level d opens on line d. After them comes a key without a value, a problem if read.
 */
function nestedGml(depth: number): string {
  const drawing = depth - 2;
  return ['graph [', 'node [ id 0 label "A"', ...Array.from({ length: drawing }, () => 'graphics ['), ...Array.from({ length: drawing }, () => ']'), 'weight ]', ']'].join('\n');
}

/** Both builders put the level past the cap on the line of that number. */
const LINE_PAST_CAP = `line ${MAX_NESTING + 1}`;

const formats = [
  { format: 'GRAPHML', parse: parseGraphml, nested: nestedGraphml, node: { id: 'a', line: 4 }, tooDeep: `GraphML nests deeper than ${MAX_NESTING} elements; reading stopped here` },
  { format: 'GML', parse: parseGml, nested: nestedGml, node: { id: '0', line: 2 }, tooDeep: `GML nests deeper than ${MAX_NESTING} [ lists ]; reading stopped here` },
] as const;

describe.each(formats)('$format nesting', ({ format, parse, nested, node, tooDeep }) => {
  test(`a file ${MAX_NESTING} levels deep is read, its drawing data dropped`, () => {
    const text = nested(MAX_NESTING).replace(/<data key="undeclared">x<\/data>|weight /, '');
    const { document, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(document?.nodes).toEqual([{ ...node, attributes: { label: 'A' } }]);
  });

  test.each([
    ['one level too many', MAX_NESTING + 1],
    ['100,000 levels', 100_000],
  ])('%s: refused at the line of the level past the cap, and nothing after it is read', (_case, depth) => {
    expect(parse(nested(depth))).toEqual({ document: null, problems: [{ path: LINE_PAST_CAP, message: tooDeep }] });
  });

  test('importNetwork refuses it with BAD_USER_INPUT before asking the database anything', async () => {
    const untouchable = new Proxy(
      {},
      {
        get: () => {
          throw new Error('the database was asked');
        },
      },
    ) as Gateway;
    const refusal = new ImportService(untouchable).importNetwork(format, nested(100_000), { networkId: 'net', networkName: 'Net', idPrefix: 'net' });
    await expect(refusal).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: `${LINE_PAST_CAP}: ${tooDeep}` });
  });
});

describe('nesting refusals keep what was found before them', () => {
  test('GraphML: a malformed attribute before the cap is listed with the refusal', () => {
    const text = nestedGraphml(100_000).replace('<node id="a">', '<node id=a>');
    expect(parseGraphml(text).problems).toEqual([
      { path: 'line 4', message: 'malformed XML: unquoted attribute value' },
      { path: LINE_PAST_CAP, message: `GraphML nests deeper than ${MAX_NESTING} elements; reading stopped here` },
    ]);
  });

  test('GML: stray ] before the first [ leave no room for deeper lists', () => {
    const { problems } = parseGml(`${']'.repeat(10)}\n${nestedGml(MAX_NESTING + 1)}`);
    expect(problems).toEqual([{ path: `line ${MAX_NESTING + 2}`, message: `GML nests deeper than ${MAX_NESTING} [ lists ]; reading stopped here` }]);
  });

  test('GML: a bad token before the cap is listed with the refusal', () => {
    const text = nestedGml(100_000).replace('id 0', 'id 0x1');
    expect(parseGml(text).problems).toEqual([
      { path: 'line 2', message: '"0x1" is neither a key, a number, a "string" nor a bracket' },
      { path: LINE_PAST_CAP, message: `GML nests deeper than ${MAX_NESTING} [ lists ]; reading stopped here` },
    ]);
  });
});

describe('GraphML that would be slow to read', () => {
  test(`more than ${MAX_XML_ERRORS} malformed-XML errors stop reading at the one past the cap`, () => {
    // 100,000 lines with an undefined entity each: every one an error from saxes.
    const lines = Array.from({ length: 100_000 }, () => '&nbsp;');
    const { document, problems } = parseGraphml([...HEADER, '<graph>', ...lines, '</graph>', '</graphml>'].join('\n'));
    expect(document).toBeNull();
    expect(problems).toHaveLength(MAX_XML_ERRORS + 1);
    expect(problems[0]).toEqual({ path: 'line 4', message: 'malformed XML: undefined entity' });
    expect(problems[MAX_XML_ERRORS]).toEqual({ path: `line ${MAX_XML_ERRORS + 4}`, message: `malformed XML: more than ${MAX_XML_ERRORS} errors; reading stopped here` });
  });

  test('key defaults that would fill in more values than the cap are one problem, at the first key with a default', () => {
    // Each default applies to every node: 1,001 keys for 1,000 nodes would fill in 1,001,000 values.
    const keys = Array.from({ length: 1001 }, (_, i) => `<key id="k${i}" for="node"><default>${i}</default></key>`);
    const nodes = Array.from({ length: 1000 }, (_, i) => `<node id="n${i}"/>`);
    const { document, problems } = parseGraphml([...HEADER, '<key id="plain" for="node"/>', ...keys, '<graph>', ...nodes, '</graph>', '</graphml>'].join('\n'));
    expect(1001 * 1000).toBeGreaterThan(MAX_DEFAULT_VALUES);
    expect(document).toBeNull();
    expect(problems).toEqual([{ path: 'line 4', message: `key defaults would fill in 1001000 attribute values, more than the ${MAX_DEFAULT_VALUES} a network file may have` }]);
  });

  test('a 100,000-digit value that is not a number is a problem, not a long wait', () => {
    // The old numeral pattern backtracked once per pair of digits on exactly this.
    const digits = '1'.repeat(100_000);
    const { problems } = parseGraphml(
      [...HEADER, '<key id="d0" for="node" attr.type="double"/>', '<graph>', `<node id="a"><data key="d0">${digits}x</data></node>`, '</graph>', '</graphml>'].join('\n'),
    );
    expect(problems).toEqual([{ path: 'line 5', message: `"${digits}x" is not a double (key "d0")` }]);
  });

  test('10,000 keys for one attribute name, each for a domain of its own, are no problem', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `<key id="k${i}" for="domain${i}" attr.name="label"/>`);
    const { document, problems } = parseGraphml([...HEADER, ...keys, '<graph><node id="a"/></graph>', '</graphml>'].join('\n'));
    expect(problems).toEqual([]);
    expect(document?.nodes).toHaveLength(1);
  });
});
