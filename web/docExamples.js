/**
 * The GraphQL examples of the documentation, for the IDE's tabs: every ```graphql block of
 * docs/*.md (README.md when there is no docs/ yet), titled by the heading above it, with its
 * variables when the text right after the block gives them (a ```json block introduced as
 * variables, or inline as "variables `{…}`").
 */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

function markdownFiles(root) {
  const docs = join(root, 'docs');
  if (!existsSync(docs)) return [join(root, 'README.md')];
  return [join(root, 'README.md'), ...readdirSync(docs).filter((name) => name.endsWith('.md')).sort().map((name) => join(docs, name))];
}

function examplesIn(text) {
  const examples = [];
  const pattern = /```graphql\n([\s\S]*?)```/g;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    const before = text.slice(0, match.index);
    const heading = [...before.matchAll(/^#{1,6} (.+)$/gm)].pop();
    const after = text.slice(pattern.lastIndex, pattern.lastIndex + 1500);
    const nextBlock = after.indexOf('```graphql');
    const window = nextBlock === -1 ? after : after.slice(0, nextBlock);
    let variables;
    const inline = /variables `(\{[^`]*\})`/.exec(window);
    const block = /variables[^\n`]*\n*```json\n([\s\S]*?)```/i.exec(window);
    const candidate = block && (!inline || block.index < inline.index) ? block[1] : inline ? inline[1] : undefined;
    if (candidate) {
      try {
        variables = JSON.stringify(JSON.parse(candidate), null, 2);
      } catch {
        variables = undefined;
      }
    }
    examples.push({ title: heading ? heading[1].trim() : 'Example', query: match[1].trim() + '\n', ...(variables ? { variables } : {}) });
  }
  return examples;
}

/** Every example of the docs, in reading order. */
function docExamples(root) {
  return markdownFiles(root).filter(existsSync).flatMap((file) => examplesIn(readFileSync(file, 'utf8')));
}

module.exports = { docExamples };
