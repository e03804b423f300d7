import { Browser, chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { TestServer, startTestServer } from '../helpers/testServer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildWeb } = require('../../web/build.js') as { buildWeb(): Promise<string[]> };

/** Debian's chromium (apt-get install chromium; .ci/run installs it). Missing means a failed run, not a skip. */
const CHROMIUM = process.env.CASCADE_CHROMIUM ?? '/usr/bin/chromium';

let server: TestServer;
let origin: string;
let browser: Browser;
beforeAll(async () => {
  await buildWeb();
  server = await startTestServer();
  origin = new URL(server.url).origin;
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install chromium (or set CASCADE_CHROMIUM)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('GET /graphql from a browser', () => {
  test('serves the IDE page, self-contained, instead of a CSRF refusal', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script src="/ide/main.js"></script>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  test('a tool asking for JSON still reaches the API and its CSRF check', async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  test('the IDE carries the documented examples', async () => {
    const examples = (await (await fetch(`${origin}/ide/examples.json`)).json()) as { id: string; title: string; query: string; variables?: string }[];
    // The same examples test/e2e/docs.test.ts runs against the server, in the docs' order.
    expect(examples.length).toBeGreaterThanOrEqual(25);
    expect(examples[0]).toMatchObject({ id: 'readme-both-core-routers', title: 'One example: both ISP core routers fail' });
    expect(examples[0].query).toContain('isp.core-rtr-2');
    expect(examples.filter((e) => e.variables).length).toBeGreaterThan(0);
  });

  test('/ sends people to the explorer', async () => {
    const response = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/explorer');
  });

  test('an unknown asset is a JSON 404, not a page', async () => {
    const response = await fetch(`${origin}/ide/nothing-here.js`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('the IDE in Chromium', () => {
  test('loads offline, runs the first example and shows the answer', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith(origin.replace(/^http/, 'ws')) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    // The welcome tab asks for both core routers failing: the answer counts the retail account holders.
    await page.locator('.result-window', { hasText: 'bank.cg.retail-account-holders' }).waitFor();
    expect(await page.locator('.result-window').innerText()).toContain('"peopleDown"');
    // The schema reached the IDE (introspection), so its docs and completion work.
    await page.locator('.graphiql-container').getByRole('button', { name: /documentation/i }).first().click();
    await page.getByText('Query', { exact: false }).first().waitFor();
    expect(failures).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.close();
  });
});
