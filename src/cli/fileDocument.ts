import { createReadStream } from 'node:fs';
import { DocumentSource } from '../services/importService';
import { JsonMember, jsonMembers } from './jsonMembers';

/**
 * A topology document read from a file as streams, never whole: each call re-reads the file and
 * yields one array item at a time, so memory stays flat however large the document is. Items are
 * cut out of the bytes and parsed one by one with JSON.parse (see jsonMembers.ts): a token-level
 * streaming parser took ~40 s of a 20k-component import's CPU for its three reads of the file.
 */
export function fileDocument(path: string, options: { chunkBytes?: number } = {}): DocumentSource {
  const read = (wanted: (key: string) => 'items' | 'value' | 'skip') =>
    jsonMembers(createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 }), wanted, path);
  const items = (name: 'nodes' | 'relationships') =>
    (async function* () {
      for await (const member of read((key) => (key === name ? 'items' : 'skip'))) {
        if (member.key !== name) continue;
        if (member.kind !== 'item') throw new Error(`${path}: ${name} must be a list`);
        yield { index: member.index, value: member.value };
      }
    })();
  return {
    async header() {
      const header: { format?: unknown; version?: unknown } = {};
      for await (const member of read((key) => (key === 'format' || key === 'version' ? 'value' : 'skip'))) {
        header[member.key as 'format' | 'version'] = (member as Extract<JsonMember, { kind: 'value' }>).value;
        // Documents open with both; the rest of the file need not be read for them.
        if ('format' in header && 'version' in header) break;
      }
      return header;
    },
    nodes: () => items('nodes'),
    relationships: () => items('relationships'),
  };
}
