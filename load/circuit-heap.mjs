// Live managed heap per Blazor circuit (issue 20): N real Chromium sessions, each signed in and interactive on one page
// (its own SignalR circuit), and the portal's GC heap after a forced full collection (dotnet-gcdump, a local tool of the
// repository: `dotnet tool restore`) before, with all open, and after they close plus the circuit retention period.
// KB per circuit = (heap open − heap before) ÷ N. Unlike resident memory this does not count memory the GC had
// already committed, nor garbage.
//   PORTAL_PID=… PORTAL=http://127.0.0.1:5291 node load/circuit-heap.mjs 30 self-assessment|dashboard|appraisal
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { base, password, sleep } from './lib.mjs';

const count = Number(process.argv[2] ?? 30);
const page = process.argv[3] ?? 'self-assessment';
const pid = process.env.PORTAL_PID;
if (!pid) throw new Error('Set PORTAL_PID to the portal process id.');
const retentionSeconds = Number(process.env.RETENTION_SECONDS ?? 0);
const repo = new URL('..', import.meta.url).pathname;
const dumps = mkdtempSync(join(tmpdir(), 'gcdump-'));

/** The GC heap's live bytes: gcdump forces a full blocking collection, then walks what survived. */
function liveHeapKb(label) {
  const file = join(dumps, `${label}.gcdump`);
  execFileSync('dotnet', ['tool', 'run', 'dotnet-gcdump', 'collect', '-p', pid, '-o', file], { cwd: repo, stdio: 'ignore' });
  const report = execFileSync('dotnet', ['tool', 'run', 'dotnet-gcdump', 'report', file], { cwd: repo, encoding: 'utf8', maxBuffer: 64 << 20 });
  // The report's first figure is the total: "<bytes>  GC Heap bytes".
  const total = /([\d,]+)\s+GC Heap bytes/.exec(report);
  if (!total) throw new Error(`Unexpected gcdump report:\n${report.slice(0, 500)}`);
  // GCDUMP_REPORT=file: the heap's objects by type with every session open, to see what a circuit holds.
  if (process.env.GCDUMP_REPORT) writeFileSync(`${process.env.GCDUMP_REPORT}.${label}.txt`, report);
  return Number(total[1].replaceAll(',', '')) / 1024;
}

// Demo accounts (Development): a unit's officer on its form, the province's leader on the dashboard, the inspector on
// a unit's appraisal (the portal must then be in appraisal: --Demo:Stage=Appraisal).
const journeys = {
  'self-assessment': { user: 'canbo.vpubnd', path: async () => '/self-assessment', ready: '.criterion-card' },
  dashboard: { user: 'lanhdao', path: async () => '/dashboard', ready: '#interactive' },
  appraisal: {
    user: 'thamdinh',
    path: async (tab) => {
      await tab.goto('/appraisal');
      await tab.locator('#interactive').waitFor({ state: 'attached' });
      return new URL(await tab.locator('a.queue-unit').first().evaluate((a) => a.href)).pathname;
    },
    ready: '#appraisal-unit',
  },
};
const journey = journeys[page];

const browser = await chromium.launch({
  executablePath: process.env.PARINDEX_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

let target;
async function open() {
  const context = await browser.newContext({ baseURL: base, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  context.setDefaultTimeout(90_000);
  const tab = await context.newPage();
  // Once the page is known, sessions sign in straight to it (returnUrl): a detour by the home page would leave the
  // home page's own circuit retained (disconnected) for the retention period, and counted with the page's.
  await tab.goto(target ? `/account/login?returnUrl=${encodeURIComponent(target)}` : '/account/login');
  await tab.fill('#username', journey.user);
  await tab.fill('#password', password);
  await tab.click('#sign-in');
  await tab.waitForURL((url) => !url.pathname.includes('/account/login'));
  if (!target || new URL(tab.url()).pathname !== target) {
    target ??= await journey.path(tab);
    await tab.goto(target);
  }
  await tab.locator('#interactive').waitFor({ state: 'attached' });
  await tab.locator(journey.ready).first().waitFor({ state: 'attached' });
  return context;
}

// One session first, closed again, so the page's code and caches are warm before the baseline; its circuits (the page's
// and, on the way, the home page's) are released after the retention period, so the baseline waits for that.
await (await open()).close();
await sleep((retentionSeconds + 5) * 1000);
const before = liveHeapKb('before');
const contexts = [];
for (let i = 0; i < count; i += 5) {
  contexts.push(...await Promise.all(Array.from({ length: Math.min(5, count - i) }, () => open())));
}
await sleep(5_000);
const withOpen = liveHeapKb('open');
const components = await contexts[0].pages()[0].locator('*').count();
for (const context of contexts) await context.close();
await browser.close();
// A closed tab's circuit is kept for the retention period (reconnection), then released.
await sleep((retentionSeconds + 10) * 1000);
const after = liveHeapKb('after');
rmSync(dumps, { recursive: true, force: true });

console.log(JSON.stringify({
  page,
  path: target,
  circuits: count,
  heapBeforeMb: +(before / 1024).toFixed(1),
  heapOpenMb: +(withOpen / 1024).toFixed(1),
  heapAfterCloseMb: +(after / 1024).toFixed(1),
  kbPerCircuit: Math.round((withOpen - before) / count),
  domElementsPerTab: components,
}));
