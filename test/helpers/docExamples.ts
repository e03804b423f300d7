import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, OperationDefinitionNode, parse } from 'graphql';

/**
 * The GraphQL examples of the documentation, read from README.md and docs/*.md, and their printed
 * answers, formatted the one way `npm run docs:update` writes them and test/e2e/docs.test.ts checks
 * them. An example is marked in the Markdown:
 *
 *   <!-- example: some-id elide=consumerGroups:2 width=100
 *   restore: mutation { ... }
 *   -->
 *   ```graphql            the request: one or more operations, sent in order
 *   ```json variables     optional: variables for every operation
 *   ```json               the answer: one response per operation (for a subscription, its pushes)
 *
 * Prose may sit between the blocks. Options of the marker:
 * - `elide=N` or `elide=key:N,key2:M`: lists (all of them, or those under that key) longer than N
 *   are printed as their first N items and a line `...K more`;
 * - `width=N`: a list or object is printed on one line when it fits in N columns (default 110);
 * - `mask=key1,key2`: values under these keys vary from run to run (tokens, times) and are printed
 *   as `"<key>"`;
 * - `as=anonymous` or `as=ROLE:name`: send without a credential, or with an API key of that role and
 *   name (made for the example, removed after it); the admin token otherwise;
 * - `keys=name1,name2`: the example makes API keys of these names; they are removed before and after it;
 * - `pushes=N`: for a subscription, the number of pushes to wait for;
 * - `pause=MS`: time between the operations sent while a subscription listens (default 300).
 * `restore:` lines are operations run after the example (also when it fails) to put the example
 * world back as it was; they are not shown.
 *
 * Variables may hold placeholders, replaced when the example runs: `"<instant before operation N>"`
 * (an ISO time taken just before the Nth operation is sent) and `"<contents of PATH>"` (a file of
 * the repository as text).
 */
export interface DocExample {
  id: string;
  /** The file, relative to the repository root. */
  file: string;
  /** 1-based line of the marker, for messages. */
  line: number;
  options: ExampleOptions;
  /** Each operation's text, with the document's fragments appended. */
  operations: string[];
  /** Whether each operation is a subscription, by position. */
  subscriptions: boolean[];
  variables: Record<string, unknown>;
  restore: string[];
  /** The printed answer (the answer block's content) and where it sits in the file. */
  answer: string;
  answerStart: number;
  answerEnd: number;
}

export interface ExampleOptions {
  elideAll?: number;
  elide: Record<string, number>;
  width: number;
  mask: string[];
  keys: string[];
  as?: 'anonymous' | { role: string; name: string };
  pushes?: number;
  pause: number;
}

export const repositoryRoot = join(__dirname, '..', '..');

/** README.md and every Markdown file of docs/, relative to the repository root. */
export function documentationFiles(root: string = repositoryRoot): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

/** A marker starts a line; one indented (a sample in a guide about examples) is not an example. */
const MARKER = /^<!--\s*example:\s*([\s\S]*?)-->/gm;
const FENCE = /^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

/** The examples of one Markdown text, in order. Throws on a marker not followed by its blocks. */
export function parseExamples(markdown: string, file: string): DocExample[] {
  const fences = [...markdown.matchAll(FENCE)].map((m) => ({
    info: m[1].trim(),
    start: m.index!,
    contentStart: m.index! + m[0].indexOf('\n') + 1,
    contentEnd: m.index! + m[0].lastIndexOf('```'),
    content: m[2],
  }));
  const examples: DocExample[] = [];
  for (const marker of markdown.matchAll(MARKER)) {
    const line = markdown.slice(0, marker.index).split('\n').length;
    const where = `${file}:${line}`;
    const [head, ...rest] = marker[1].trim().split('\n');
    const [id, ...optionWords] = head.trim().split(/\s+/);
    const restore = rest.map((l) => l.trim()).filter((l) => l.startsWith('restore:')).map((l) => l.slice('restore:'.length).trim());
    const following = fences.filter((f) => f.start > marker.index!);
    const request = following[0];
    if (!request || request.info !== 'graphql') throw new Error(`${where}: example ${id} must be followed by a \`\`\`graphql block`);
    let next = 1;
    let variables: Record<string, unknown> = {};
    if (following[next]?.info === 'json variables') {
      variables = JSON.parse(following[next].content) as Record<string, unknown>;
      next += 1;
    }
    const answer = following[next];
    if (!answer || answer.info !== 'json') throw new Error(`${where}: example ${id} needs a \`\`\`json answer block after its request`);
    const document = parse(request.content);
    const fragments = document.definitions
      .filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => request.content.slice(d.loc!.start, d.loc!.end));
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    examples.push({
      id,
      file,
      line,
      options: parseOptions(optionWords, where),
      operations: operations.map((o) => [request.content.slice(o.loc!.start, o.loc!.end), ...fragments].join('\n')),
      subscriptions: operations.map((o) => o.operation === 'subscription'),
      variables,
      restore,
      answer: answer.content,
      answerStart: answer.contentStart,
      answerEnd: answer.contentEnd,
    });
  }
  const ids = examples.map((e) => e.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`${file}: example ids used twice: ${twice.join(', ')}`);
  return examples;
}

function parseOptions(words: string[], where: string): ExampleOptions {
  const options: ExampleOptions = { elide: {}, width: 110, mask: [], keys: [], pause: 300 };
  for (const word of words) {
    const [key, value = ''] = word.split('=');
    if (key === 'elide') {
      for (const part of value.split(',')) {
        const [name, n] = part.includes(':') ? part.split(':') : [undefined, part];
        if (name === undefined) options.elideAll = positive(n, word, where);
        else options.elide[name] = positive(n, word, where);
      }
    } else if (key === 'width') options.width = positive(value, word, where);
    else if (key === 'mask') options.mask = value.split(',');
    else if (key === 'keys') options.keys = value.split(',');
    else if (key === 'pushes') options.pushes = positive(value, word, where);
    else if (key === 'pause') options.pause = positive(value, word, where);
    else if (key === 'as') {
      if (value === 'anonymous') options.as = 'anonymous';
      else {
        const [role, name] = value.split(':');
        if (!role || !name) throw new Error(`${where}: as= takes "anonymous" or ROLE:name, not "${value}"`);
        options.as = { role, name };
      }
    } else throw new Error(`${where}: unknown example option "${word}"`);
  }
  return options;
}

function positive(text: string, word: string, where: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${where}: "${word}" needs a whole number`);
  return n;
}

/** Replaces the placeholders of an example's variables (see DocExample). */
export function fillPlaceholders(value: unknown, instants: ReadonlyMap<number, string>, root: string = repositoryRoot): unknown {
  if (typeof value === 'string') {
    const instant = /^<instant before operation (\d+)>$/.exec(value);
    if (instant) {
      const at = instants.get(Number(instant[1]));
      if (at === undefined) throw new Error(`no instant was taken before operation ${instant[1]}`);
      return at;
    }
    const file = /^<contents of (.+)>$/.exec(value);
    if (file) return readFileSync(join(root, file[1]), 'utf8');
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, instants, root));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, instants, root)]));
  }
  return value;
}

/** The operation numbers (1-based) whose instants the variables ask for. */
export function instantsWanted(variables: unknown): number[] {
  return [...JSON.stringify(variables).matchAll(/<instant before operation (\d+)>/g)].map((m) => Number(m[1]));
}

/** The operations the variables of an operation may use: those it declares (GraphQL ignores others, but a placeholder of a later operation is not ready yet). */
export function variablesFor(operation: string, variables: Record<string, unknown>): Record<string, unknown> {
  const declared = new Set([...operation.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]));
  return Object.fromEntries(Object.entries(variables).filter(([k]) => declared.has(k)));
}

/** Responses printed the documentation's way: one after another, each formatted by the options. */
export function formatAnswer(responses: unknown[], options: ExampleOptions): string {
  return responses.map((r) => formatJson(mask(r, options.mask), options)).join('\n') + '\n';
}

function mask(value: unknown, keys: string[]): unknown {
  if (keys.length === 0) return value;
  if (Array.isArray(value)) return value.map((v) => mask(v, keys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keys.includes(k) && v !== null ? `<${k}>` : mask(v, keys)]));
  }
  return value;
}

/** Marks where a list was cut: printed bare, as `...N more`. */
class More {
  constructor(readonly count: number) {}
}

/**
 * JSON with keys in the order given, `{"a": 1, "b": [2, 3]}` spacing, a list or object on one line
 * when that line fits in the width, otherwise one member per line (an object of one key stays on its
 * parent's line); long lists elided.
 */
export function formatJson(value: unknown, options: Pick<ExampleOptions, 'elide' | 'elideAll' | 'width'>): string {
  const elided = (list: unknown[], key: string | undefined): unknown[] => {
    const keep = (key !== undefined ? options.elide[key] : undefined) ?? options.elideAll;
    return keep !== undefined && list.length > keep + 1 ? [...list.slice(0, keep), new More(list.length - keep)] : list;
  };
  const oneLine = (v: unknown, key?: string): string => {
    if (v instanceof More) return `...${v.count} more`;
    if (Array.isArray(v)) return `[${elided(v, key).map((item) => oneLine(item, key)).join(', ')}]`;
    if (v && typeof v === 'object') return `{${Object.entries(v).map(([k, item]) => `${JSON.stringify(k)}: ${oneLine(item, k)}`).join(', ')}}`;
    return JSON.stringify(v);
  };
  const render = (v: unknown, indent: string, prefix: string, suffix: string, key?: string): string => {
    const flat = oneLine(v, key);
    if (indent.length + prefix.length + flat.length + suffix.length <= options.width || v === null || typeof v !== 'object' || v instanceof More) {
      return `${indent}${prefix}${flat}${suffix}`;
    }
    const entries = Array.isArray(v) ? [] : Object.entries(v);
    if (entries.length === 1) {
      // A lone key stays on its parent's line: {"data": {"impact": {
      const [[k, item]] = entries;
      return render(item, indent, `${prefix}{${JSON.stringify(k)}: `, `}${suffix}`, k);
    }
    const inner = `${indent}  `;
    const lines = Array.isArray(v)
      ? elided(v, key).map((item, i, all) => render(item, inner, '', i < all.length - 1 && !(item instanceof More) ? ',' : '', key))
      : Object.entries(v).map(([k, item], i, all) => render(item, inner, `${JSON.stringify(k)}: `, i < all.length - 1 ? ',' : '', k));
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    return [`${indent}${prefix}${open}`, ...lines, `${indent}${close}${suffix}`].join('\n');
  };
  return render(value, '', '', '');
}

/** The Markdown with each example's answer block replaced by its new text. */
export function withAnswers(markdown: string, examples: DocExample[], answers: ReadonlyMap<string, string>): string {
  let out = markdown;
  for (const example of [...examples].sort((a, b) => b.answerStart - a.answerStart)) {
    const answer = answers.get(example.id);
    if (answer !== undefined) out = out.slice(0, example.answerStart) + answer + out.slice(example.answerEnd);
  }
  return out;
}

/** A line diff of two texts, `-` for the printed line, `+` for what the server answers now. */
export function lineDiff(printed: string, now: string): string {
  const a = printed.split('\n');
  const b = now.split('\n');
  // Longest common subsequence: answers are short, so the quadratic table is fine.
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    }
    else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out.join('\n');
}
