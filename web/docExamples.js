/**
 * The documented examples, for the IDE's tabs: each `<!-- example: id … -->` of README.md and
 * docs/*.md (the format test/helpers/docExamples.ts checks against the server), with its ```graphql
 * request and its ```json variables block when it has one, titled by the heading above it.
 * Placeholders such as "<instant before operation 1>" stay as written: the prose beside the example
 * says what to put there.
 */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { Kind, parse } = require('graphql');

const MARKER = /^<!--\s*example:\s*([^\s>]+)/gm;
const FENCE = /^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm;

function markdownFiles(root) {
  const docs = join(root, 'docs');
  const guides = existsSync(docs) ? readdirSync(docs).filter((name) => name.endsWith('.md')).sort().map((name) => join(docs, name)) : [];
  return [join(root, 'README.md'), ...guides].filter(existsSync);
}

function examplesIn(text) {
  const fences = [...text.matchAll(FENCE)].map((m) => ({ info: m[1].trim(), start: m.index, content: m[2] }));
  const examples = [];
  for (const marker of text.matchAll(MARKER)) {
    const following = fences.filter((f) => f.start > marker.index);
    if (following[0]?.info !== 'graphql') continue;
    const heading = [...text.slice(0, marker.index).matchAll(/^#{1,6} (.+)$/gm)].pop();
    const variables = following[1]?.info === 'json variables' ? following[1].content.trim() : undefined;
    const query = named(following[0].content.trim() + '\n', marker[1]);
    examples.push({ id: marker[1], title: heading ? heading[1].trim() : marker[1], query, ...(variables ? { variables } : {}) });
  }
  return examples;
}

/**
 * The IDE titles a tab by its operation's name: an example whose only operation is anonymous is
 * named after its id (`impact-both-core-routers` -> ImpactBothCoreRouters); the text is otherwise
 * left as written.
 */
function named(query, id) {
  let operations;
  try {
    operations = parse(query).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  } catch {
    return query;
  }
  if (operations.length !== 1 || operations[0].name) return query;
  const name = id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('').replace(/^[0-9]/, 'E$&');
  const start = operations[0].loc.start;
  const keyword = /^(query|mutation|subscription)\b/.exec(query.slice(start));
  return keyword
    ? `${query.slice(0, start + keyword[0].length)} ${name}${query.slice(start + keyword[0].length)}`
    : `${query.slice(0, start)}query ${name} ${query.slice(start)}`;
}

/** Every documented example, in reading order (README first, then the guides by name). */
function docExamples(root) {
  return markdownFiles(root).flatMap((file) => examplesIn(readFileSync(file, 'utf8')));
}

module.exports = { docExamples };
