import { fillPlaceholders, formatAnswer, formatJson, instantsWanted, lineDiff, parseExamples, variablesFor, withAnswers } from '../helpers/docExamples';

const PAGE = `# A guide

Both routers fail:

<!-- example: two-routers elide=groups:1 width=60
restore: mutation { undo }
-->
\`\`\`graphql
query ($at: String) { impact(at: $at) { groups { id } } }
mutation { write }
\`\`\`
with these variables:
\`\`\`json variables
{"at": "<instant before operation 2>"}
\`\`\`
it answers:
\`\`\`json
old answer
\`\`\`

    <!-- example: indented-is-a-sample -->
`;

describe('documentation examples', () => {
  const [example] = parseExamples(PAGE, 'docs/guide.md');

  test('a marker with its request, variables and answer is read, options and restore lines included', () => {
    expect(parseExamples(PAGE, 'docs/guide.md')).toHaveLength(1);
    expect(example).toMatchObject({
      id: 'two-routers',
      line: 5,
      operations: ['query ($at: String) { impact(at: $at) { groups { id } } }', 'mutation { write }'],
      subscriptions: [false, false],
      variables: { at: '<instant before operation 2>' },
      restore: ['mutation { undo }'],
      answer: 'old answer\n',
    });
    expect(example.options).toMatchObject({ elide: { groups: 1 }, width: 60 });
  });

  test('a new answer replaces the old one in place, and nothing else', () => {
    const page = withAnswers(PAGE, [example], new Map([['two-routers', '{"data": 1}\n']]));
    expect(page).toBe(PAGE.replace('old answer\n', '{"data": 1}\n'));
    expect(parseExamples(page, 'docs/guide.md')[0].answer).toBe('{"data": 1}\n');
  });

  test('a marker without a request, or an unknown option, is an error that names the line', () => {
    expect(() => parseExamples('<!-- example: lonely -->\ntext\n', 'a.md')).toThrow('a.md:1: example lonely must be followed by a ```graphql block');
    expect(() => parseExamples('<!-- example: x colour=red -->\n```graphql\n{ a }\n```\n```json\n```\n', 'a.md')).toThrow('unknown example option "colour=red"');
  });

  test('a list or object is on one line when it fits, otherwise one member per line, a lone key on its parent line', () => {
    const value = { data: { impact: { summary: { down: 1 }, groups: [{ id: 'bank.cg.retail-account-holders' }, { id: 'bank.cg.business-account-holders' }] } } };
    expect(formatJson(value, { elide: {}, width: 200 })).toBe(JSON.stringify(value).replace(/,/g, ', ').replace(/":/g, '": '));
    expect(formatJson(value, { elide: {}, width: 60 })).toBe(
      ['{"data": {"impact": {', '  "summary": {"down": 1},', '  "groups": [', '    {"id": "bank.cg.retail-account-holders"},', '    {"id": "bank.cg.business-account-holders"}', '  ]', '}}}'].join('\n'),
    );
  });

  test('long lists are cut after N items with the count of the rest, never to hide a single item', () => {
    const options = { elide: { ids: 2 }, width: 200 };
    expect(formatJson({ ids: [1, 2, 3, 4, 5] }, options)).toBe('{"ids": [1, 2, ...3 more]}');
    expect(formatJson({ ids: [1, 2, 3] }, options)).toBe('{"ids": [1, 2, 3]}');
    expect(formatJson({ other: [1, 2, 3, 4] }, options)).toBe('{"other": [1, 2, 3, 4]}');
    expect(formatJson([[1, 2, 3, 4]], { elide: {}, elideAll: 1, width: 200 })).toBe('[[1, ...3 more]]');
  });

  test('masked keys print their name instead of a value that changes every run; responses follow each other', () => {
    const options = { elide: {}, width: 200, mask: ['token'], keys: [], pause: 300 };
    expect(formatAnswer([{ token: 'abc', id: 1 }, { token: null }], options)).toBe('{"token": "<token>", "id": 1}\n{"token": null}\n');
  });

  test('placeholders take the instant taken before an operation and the text of a file', () => {
    const filled = fillPlaceholders({ at: '<instant before operation 2>', text: '<contents of docs/examples/abilene-broken.graphml>', n: [1] }, new Map([[2, '2026-01-01T00:00:00.000Z']])) as Record<string, unknown>;
    expect(filled.at).toBe('2026-01-01T00:00:00.000Z');
    expect(filled.text).toContain('<graphml');
    expect(filled.n).toEqual([1]);
    expect(instantsWanted({ at: '<instant before operation 2>' })).toEqual([2]);
    expect(() => fillPlaceholders('<instant before operation 3>', new Map())).toThrow('no instant was taken before operation 3');
  });

  test('each operation gets the variables it declares', () => {
    expect(variablesFor('query ($at: String) { a }', { at: 'x', text: 'y' })).toEqual({ at: 'x' });
    expect(variablesFor('{ a }', { at: 'x' })).toEqual({});
  });

  test('a drift is shown line by line', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc')).toBe('  a\n+ B\n- b\n  c');
  });
});
