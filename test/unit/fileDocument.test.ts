import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileDocument } from '../../src/cli/fileDocument';
import { jsonMembers } from '../../src/cli/jsonMembers';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cascade-file-document-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Texts that end a value or a string early when the scan gets them wrong. */
const document = {
  format: 'cascade-topology',
  version: 1,
  note: { nested: [[{ '}': ']' }], '"quoted"'] },
  nodes: [
    { label: 'Component', id: 'a"]},\\', properties: { name: 'é ü 日本 \\\\"', sizes: [1, 2.5e3, -0.1], on: true, off: null } },
    { label: 'Component', id: 'b', properties: { name: '[{' } },
  ],
  relationships: [{ type: 'DEPENDS_ON', from: 'a"]},\\', to: 'b', properties: { strength: 'HARD' } }],
};

describe('a document file read item by item', () => {
  test.each([
    ['compact, in chunks of one byte', JSON.stringify(document), 1],
    ['compact, in chunks of seven bytes', JSON.stringify(document), 7],
    ['indented, in chunks of two bytes', JSON.stringify(document, null, 2), 2],
    ['indented, in one chunk', JSON.stringify(document, null, 2), 1 << 20],
  ])('%s gives every item and the header as JSON.parse would', async (_case, text, chunkBytes) => {
    const file = join(dir, 'doc.json');
    await writeFile(file, text);
    const source = fileDocument(file, { chunkBytes });
    expect(await source.header()).toEqual({ format: 'cascade-topology', version: 1 });
    expect(await collect(source.nodes())).toEqual(document.nodes.map((value, index) => ({ index, value })));
    expect(await collect(source.relationships())).toEqual(document.relationships.map((value, index) => ({ index, value })));
  });

  test('relationships before nodes, empty lists and items that are not objects are read as written', async () => {
    const file = join(dir, 'order.json');
    await writeFile(file, '{ "relationships" : [ ] , "nodes": [ 3, "x" , null,[ ] ], "version": 1, "format": "cascade-topology" }');
    const source = fileDocument(file, { chunkBytes: 3 });
    expect(await collect(source.relationships())).toEqual([]);
    expect(await collect(source.nodes())).toEqual([
      { index: 0, value: 3 },
      { index: 1, value: 'x' },
      { index: 2, value: null },
      { index: 3, value: [] },
    ]);
    expect(await source.header()).toEqual({ format: 'cascade-topology', version: 1 });
  });

  test.each([
    ['not an object', '[{"label": "Component"}]', /does not open with an object/],
    ['a broken item', '{"nodes": [{"id": "a"}, {"id": }]}', /nodes\[1\]: /],
    ['a missing item', '{"nodes": [1,, 2]}', /nodes\[1\]: /],
    ['cut off', '{"nodes": [{"id": "a"}', /ends before its object closes/],
    ['nodes that are not a list', '{"nodes": {"id": "a"}}', /nodes must be a list/],
  ])('a file that is %s fails with where', async (_case, text, message) => {
    const file = join(dir, 'bad.json');
    await writeFile(file, text);
    await expect(collect(fileDocument(file, { chunkBytes: 4 }).nodes())).rejects.toThrow(message);
  });

  test('a backslash at the end of a chunk still escapes the quote that opens the next one', async () => {
    const text = '{"a": "x\\\\\\"y", "b": [1]}';
    const chunks = [text.slice(0, 10), text.slice(10, 11), text.slice(11)];
    expect(chunks[0].endsWith('\\')).toBe(true);
    async function* read() {
      yield* chunks.map((chunk) => Buffer.from(chunk));
    }
    const members = await collect(jsonMembers(read(), (key) => (key === 'a' ? 'skip' : 'items')));
    expect(members).toEqual([{ kind: 'item', key: 'b', index: 0, value: 1 }]);
  });
});
