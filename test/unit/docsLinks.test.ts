import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { documentationFiles, repositoryRoot } from '../helpers/docExamples';

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Markdown without its fenced and indented code, where `[x](y)` is not a link. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/^ {4}.*$/gm, '');
}

function anchors(file: string): Set<string> {
  const headings = [...prose(readFileSync(join(repositoryRoot, file), 'utf8')).matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1]));
  return new Set(headings);
}

const links = documentationFiles().flatMap((file) =>
  [...prose(readFileSync(join(repositoryRoot, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((target) => !/^[a-z]+:/.test(target))
    .map((target): [string, string] => [file, target]),
);

describe('links between the README and the guides', () => {
  test('there are links to check', () => {
    expect(links.length).toBeGreaterThan(30);
  });

  test('a heading becomes the anchor GitHub gives it', () => {
    expect(anchorOf('Impact rules (what the answer means)')).toBe('impact-rules-what-the-answer-means');
    expect(anchorOf('Health, recovery and shutdown')).toBe('health-recovery-and-shutdown');
    expect(anchorOf('Example: both ISP core routers fail')).toBe('example-both-isp-core-routers-fail');
  });

  test.each(links)('%s links to %s, which exists', (file, target) => {
    const [path, anchor] = target.split('#');
    const linked = path === '' ? file : normalize(join(dirname(file), path));
    expect(existsSync(join(repositoryRoot, linked))).toBe(true);
    if (anchor !== undefined) expect([...anchors(linked)]).toContain(anchor);
  });
});
