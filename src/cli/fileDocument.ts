import { createReadStream } from 'node:fs';
import { chain } from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/Pick';
import { streamArray } from 'stream-json/streamers/StreamArray';
import { streamValues } from 'stream-json/streamers/StreamValues';
import { DocumentSource } from '../services/importService';

/**
 * A topology document read from a file as streams, never whole: each call re-reads the file and
 * yields one array item at a time, so memory stays flat however large the document is.
 */
export function fileDocument(path: string): DocumentSource {
  const items = (key: 'nodes' | 'relationships') =>
    (async function* () {
      const stream = chain([createReadStream(path), parser(), pick({ filter: key }), streamArray()]);
      for await (const { key: index, value } of stream as AsyncIterable<{ key: number; value: unknown }>) yield { index, value };
    })();
  return {
    async header() {
      // format is the document's only top-level text and version its only top-level number.
      const stream = chain([createReadStream(path), parser(), pick({ filter: /^(format|version)$/ }), streamValues()]);
      const header: { format?: unknown; version?: unknown } = {};
      for await (const { value } of stream as AsyncIterable<{ value: unknown }>) {
        if (typeof value === 'string') header.format = value;
        if (typeof value === 'number') header.version = value;
      }
      return header;
    },
    nodes: () => items('nodes'),
    relationships: () => items('relationships'),
  };
}
