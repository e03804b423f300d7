import { csvToDocument, parseCsv } from '../../src/domain/csvDocument';

describe('parseCsv', () => {
  test.each([
    ['plain cells', 'a,b\n1,2\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }]],
    ['quoted commas and quotes', 'a,b\n"x, y","say ""hi"""\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, y', 'say "hi"'] }]],
    ['CRLF and blank lines', 'a\r\n\r\n1\r\n', [{ line: 1, cells: ['a'] }, { line: 3, cells: ['1'] }]],
    ['a quoted newline keeps later line numbers right', 'a\n"x\ny"\n2\n', [{ line: 1, cells: ['a'] }, { line: 2, cells: ['x\ny'] }, { line: 4, cells: ['2'] }]],
    ['no final newline', 'a\n1', [{ line: 1, cells: ['a'] }, { line: 2, cells: ['1'] }]],
  ])('%s', (_case, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('csvToDocument', () => {
  const components = { name: 'components.csv', text: 'id,name,kind,owner\nacme.web-1,Web 1,SERVER,acme\nacme.db,"DB, primary",DATABASE,\n' };
  const dependencies = { name: 'dependencies.csv', text: 'from,to,strength\nacme.web-1,acme.db,\nacme.web-1,acme.mon,SOFT\n' };

  test('components become nodes with owners, dependencies become DEPENDS_ON (HARD unless said)', () => {
    const { document, problems } = csvToDocument(components, dependencies);
    expect(problems).toEqual([]);
    expect(document.nodes).toEqual([
      { label: 'Component', id: 'acme.web-1', properties: { name: 'Web 1', kind: 'SERVER' } },
      { label: 'Component', id: 'acme.db', properties: { name: 'DB, primary', kind: 'DATABASE' } },
    ]);
    expect(document.relationships).toEqual([
      { type: 'OWNED_BY', from: 'acme.web-1', to: 'acme' },
      { type: 'DEPENDS_ON', from: 'acme.web-1', to: 'acme.db', properties: { strength: 'HARD' } },
      { type: 'DEPENDS_ON', from: 'acme.web-1', to: 'acme.mon', properties: { strength: 'SOFT' } },
    ]);
  });

  test('document paths point back at file and line', () => {
    const { locate } = csvToDocument(components, dependencies);
    expect(locate('nodes[1].properties.kind')).toBe('components.csv:3 kind');
    expect(locate('relationships[0].to')).toBe('components.csv:2 owner to');
    expect(locate('relationships[2].properties.strength')).toBe('dependencies.csv:3 strength');
  });

  test('availability figures become numbers, and where they came from stays text', () => {
    const text = 'id,name,kind,availability,mtbfHours,mttrHours,availabilitySource\na,A,SERVER,0.999,,,VENDOR\nb,B,SERVER,,999,1,MEASURED\n';
    const { document, problems } = csvToDocument({ name: 'components.csv', text }, null);
    expect(problems).toEqual([]);
    expect(document.nodes.map((n) => n.properties)).toEqual([
      { name: 'A', kind: 'SERVER', availability: 0.999, availabilitySource: 'VENDOR' },
      { name: 'B', kind: 'SERVER', mtbfHours: 999, mttrHours: 1, availabilitySource: 'MEASURED' },
    ]);
  });

  test('missing and unknown columns are reported on line 1', () => {
    const { problems } = csvToDocument({ name: 'c.csv', text: 'id,kind,colour\nx,SERVER,red\n' }, null);
    expect(problems).toEqual([
      { path: 'c.csv:1', message: 'needs a "name" column' },
      { path: 'c.csv:1', message: 'unknown column "colour" (known: id, name, kind, location, description, owner, product, availability, mtbfHours, mttrHours, availabilitySource)' },
    ]);
  });
});
