/**
 * The explorer in a real browser (Debian's chromium driven by playwright-core, no download) against
 * a real server on the example world: the router question answered on screen, the same view from
 * its shareable URL, and the live picture following a status change. Screenshots go to
 * test-output/explorer/, and to docs/images/ with CASCADE_UPDATE_SCREENSHOTS=1.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { formatPeople } from '../../web/explorer/format';
import { TestServer, startTestServer } from '../helpers/testServer';

const CHROMIUM = process.env.CASCADE_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const SHOTS = join(ROOT, 'test-output', 'explorer');
const RETAIL = 'bank.cg.retail-account-holders';
const CORE_ROUTERS = ['isp.core-rtr-1', 'isp.core-rtr-2'];

let server: TestServer;
let browser: Browser;
let origin: string;
/** Requests any page made to another origin than the server's: must stay empty. */
const foreign: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No chromium at ${CHROMIUM}: install Debian's chromium package (.ci/run does) or set CASCADE_CHROMIUM`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await require('../../web/build.js').buildWeb();
  server = await startTestServer();
  origin = new URL(server.url).origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.gateway.write('setStatusesUp');
    await server.close();
  }
});

afterEach(() => {
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) foreign.push(url);
  });
  page.on('websocket', (socket) => {
    if (new URL(socket.url()).host !== new URL(origin).host) foreign.push(socket.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

/** Waits until the page has loaded its view (the body is busy while it asks the API). */
async function settled(page: Page): Promise<void> {
  // Functions run in the page reach its globals through globalThis: this project's tsconfig has no
  // DOM types, and the page's CSP refuses strings evaluated as code.
  await page.waitForFunction(() => !(globalThis as any).document.body.hasAttribute('aria-busy') && !!(globalThis as any).document.getElementById('panel'));
  const failed = await page.textContent('#status');
  expect(failed).not.toMatch(/Could not load/);
}

async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (process.env.CASCADE_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    copyFileSync(file, join(ROOT, 'docs', 'images', `explorer-${name}.png`));
  }
}

/** Types in the search box and picks the hit with this id using the keyboard only. */
async function searchAndOpen(page: Page, text: string, id: string): Promise<void> {
  await page.focus('#search');
  await page.fill('#search', text);
  const hit = page.locator(`#search-results li[data-id="${id}"]`);
  await hit.waitFor();
  const ids = await page.$$eval('#search-results li', (items) => items.map((li) => li.getAttribute('data-id')));
  for (let i = 0; i < ids.indexOf(id); i++) await page.keyboard.press('ArrowDown');
  expect(await page.getAttribute('#search', 'aria-activedescendant')).toBe(await hit.getAttribute('id'));
  await page.keyboard.press('Enter');
  await settled(page);
  expect(new URL(page.url()).searchParams.get('entity')).toBe(id);
}

/** What the API says about the retail account holders when both core routers fail. */
async function retailImpact(): Promise<{ people: number; chain: string[] }> {
  const data = await server.ok(
    `query($failures: [FailureInput!]!) { impact(failures: $failures) { consumerGroups { consumerGroup { id } people chain { id } } } }`,
    { failures: CORE_ROUTERS.map((id) => ({ id })) },
  );
  const retail = data.impact.consumerGroups.find((g: any) => g.consumerGroup.id === RETAIL);
  return { people: retail.people, chain: retail.chain.map((s: { id: string }) => s.id) };
}

async function shownPeople(page: Page): Promise<string> {
  return (await page.textContent(`#people tr[data-id="${RETAIL}"] .people-count`))!.trim();
}

async function shownChain(page: Page): Promise<string[]> {
  return page.$$eval('#explanation > li', (items) => items.map((li) => li.getAttribute('data-id')!));
}

describe('the explorer page', () => {
  test('answers the router question: search the core router, fail both core routers, see the retail account holders cut off and the chain', async () => {
    const expected = await retailImpact();
    expect(expected.people).toBeGreaterThan(0);
    const page = await newPage();
    await page.goto(`${origin}/explorer`);
    await settled(page);

    await searchAndOpen(page, 'core', 'isp.core-rtr-1');
    await page.getByRole('button', { name: 'Fail it (what-if)' }).click();
    await settled(page);
    await searchAndOpen(page, 'core', 'isp.core-rtr-2');
    await page.getByRole('button', { name: 'Fail it (what-if)' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('fail')).toBe(CORE_ROUTERS.join(','));

    expect(await shownPeople(page)).toBe(formatPeople(expected.people));
    expect(await page.textContent('#people')).toContain('2,400,000');
    await page.click(`#people tr[data-id="${RETAIL}"] button`);
    await settled(page);
    const chain = await shownChain(page);
    expect(chain).toEqual(expected.chain);
    expect(CORE_ROUTERS).toContain(chain[0]);
    expect(chain[chain.length - 1]).toBe(RETAIL);
    expect(Number(await page.getAttribute('#graph', 'data-nodes'))).toBeGreaterThan(10);
    await screenshot(page, 'what-if');

    // The shareable URL gives the same view in a fresh page.
    const shared = page.url();
    const fresh = await newPage();
    await fresh.goto(shared);
    await settled(fresh);
    expect(await shownPeople(fresh)).toBe(formatPeople(expected.people));
    expect(await shownChain(fresh)).toEqual(expected.chain);

    // Back goes to the previous view.
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('select')).not.toBe(RETAIL);
    await page.close();
    await fresh.close();
  }, 120_000);

  test('the what-if link of the issue opens with its people counts', async () => {
    const expected = await retailImpact();
    const page = await newPage();
    await page.goto(`${origin}/explorer?fail=${CORE_ROUTERS.join(',')}`);
    await settled(page);
    expect(await shownPeople(page)).toBe(formatPeople(expected.people));
    expect(await page.textContent('#h-redundancy-groups + ul')).toContain('Core router pair HBC-1: 0 of 2 up, needs 1');
    await page.close();
  }, 60_000);

  test('the service chain reads from the ISP through the bank to the account holders', async () => {
    const page = await newPage();
    await page.goto(`${origin}/explorer?chain=isp.business-internet`);
    await settled(page);
    const paths = await page.$$eval('#chain-paths > li', (items) => items.map((li) => li.textContent ?? ''));
    expect(paths).toContainEqual(expect.stringContaining('Northwind Telecom → Harbour Bank → Retail account holders (2,400,000 people)'));
    await screenshot(page, 'service-chain');
    await page.close();
  }, 60_000);

  test('the current impact follows a status change live, without a reload', async () => {
    const page = await newPage();
    const subscribed = new Promise<void>((resolve) =>
      page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes('"subscribe"') && resolve())),
    );
    await page.goto(`${origin}/explorer?current=1&entity=bank.netbanking`);
    await settled(page);
    await subscribed;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.evaluate(() => ((globalThis as any).sameDocument = true));
    const netbanking = '#node-list li[data-id="bank.netbanking"]';
    expect(await page.getAttribute(netbanking, 'data-state')).toBe('UP');

    const setStatus = async (status: string) => {
      const res = await server.query(`mutation($input: SetStatusInput!) { setStatus(input: $input) { state } }`, {
        input: { id: 'bank.web-1', status, reason: `explorer e2e ${status}` },
      });
      expect(res.errors).toBeUndefined();
    };
    try {
      await setStatus('DOWN');
      await page.waitForSelector(`${netbanking}[data-state="DEGRADED"]`, { timeout: 15_000 });
      await settled(page);
      expect(await page.getAttribute('#node-list li[data-id="bank.web-1"]', 'data-state')).toBe('DOWN');
      expect(await page.textContent('#h-redundancy-groups + ul')).toContain('2 of 3 up, needs 2');
      expect(await page.textContent('#status')).toMatch(/^Live: updated/);
      expect(await page.evaluate(() => (globalThis as any).sameDocument)).toBe(true);
      await screenshot(page, 'live');
    } finally {
      await setStatus('UP');
    }
    await page.waitForSelector(`${netbanking}[data-state="UP"]`, { timeout: 15_000 });
    expect(await page.evaluate(() => (globalThis as any).sameDocument)).toBe(true);
    await page.close();
  }, 60_000);

  test('an entity opens with its neighbours both ways, and its single points of failure highlighted', async () => {
    const page = await newPage();
    await page.goto(`${origin}/explorer?entity=bank.netbanking&analysis=spof`);
    await settled(page);
    const listed = await page.$$eval('#node-list li', (items) => items.map((li) => li.getAttribute('data-id')));
    expect(listed).toEqual(expect.arrayContaining(['bank.netbanking', 'bank.web-cluster', 'bank.offering.retail-netbanking', RETAIL]));
    expect(await page.textContent('#h-single-points-of-failure ~ p')).toMatch(/take Net Banking DOWN/);
    await screenshot(page, 'entity');
    // The search box is reachable from the keyboard.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe('search');
    await page.close();
  }, 60_000);
});
