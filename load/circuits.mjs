// H1: memory per Blazor circuit. Opens N real Chromium sessions on one of the heaviest pages, each signed in and
// interactive (its own SignalR circuit), and reads the portal's resident memory from /proc before, with all open,
// and after they close.
//   PORTAL_PID=… node load/circuits.mjs 10 self-assessment|dashboard
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { base, password, staffName, sleep } from './lib.mjs';

const count = Number(process.argv[2] ?? 10);
const page = process.argv[3] ?? 'self-assessment';
const pid = process.env.PORTAL_PID;
if (!pid) throw new Error('Set PORTAL_PID to the portal process id.');
const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);

// The self-assessment form of a unit with every criterion answered (the largest form); the province's dashboard
// (ranking, heat map, history) as the province's leader sees it.
const journeys = {
  'self-assessment': { user: (i) => staffName(i + 1), path: '/self-assessment', ready: '.criterion-card' },
  dashboard: { user: () => 'lanhdao', path: '/dashboard', ready: '#interactive' },
};
const journey = journeys[page];

const browser = await chromium.launch({
  executablePath: process.env.PARINDEX_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

async function open(i) {
  const context = await browser.newContext({ baseURL: base, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(60_000);
  const tab = await context.newPage();
  await tab.goto('/account/login');
  await tab.fill('#username', journey.user(i));
  await tab.fill('#password', password);
  await tab.click('#sign-in');
  await tab.waitForURL((url) => !url.pathname.includes('/account/login'));
  await tab.goto(journey.path);
  await tab.locator('#interactive').waitFor({ state: 'attached' });
  await tab.locator(journey.ready).first().waitFor({ state: 'attached' });
  return context;
}

// One session first, closed again, so the page's code paths and caches are warm before the baseline.
await (await open(0)).close();
await sleep(5_000);
const before = rssKb();
const contexts = [];
for (let i = 0; i < count; i += 5) {
  contexts.push(...await Promise.all(Array.from({ length: Math.min(5, count - i) }, (_, k) => open(i + k))));
}
await sleep(10_000);
const open_ = rssKb();
const tabs = await Promise.all(contexts.map((c) => c.pages()[0].locator('.criterion-card, .mud-table-row, svg').count()));
for (const context of contexts) await context.close();
await sleep(15_000);
const after = rssKb();
await browser.close();

console.log(JSON.stringify({
  page,
  circuits: count,
  rssBeforeMb: +(before / 1024).toFixed(0),
  rssOpenMb: +(open_ / 1024).toFixed(0),
  rssAfterCloseMb: +(after / 1024).toFixed(0),
  kbPerCircuit: Math.round((open_ - before) / count),
  elementsPerTab: Math.round(tabs.reduce((a, b) => a + b, 0) / count),
}));
