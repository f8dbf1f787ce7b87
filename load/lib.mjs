// Shared pieces of the load scripts: a signed-in session with its own cookies, timing, percentiles.
// Plain Node 20 (fetch, no packages); loopback only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const model = JSON.parse(readFileSync(new URL('./model.json', import.meta.url)));
export const base = process.env.PORTAL ?? 'http://127.0.0.1:5291';
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(base)) {
  throw new Error(`Load runs are for loopback only, not ${base}`);
}

export const password = 'Demo@ParIndex2026';
export const staffName = (n) => `tai.canbo.${String(n).padStart(3, '0')}`;
export const leaderName = (n) => `tai.lanhdao.${String(n).padStart(3, '0')}`;

/** One person's browser-less session: cookies kept per name, every request timed into `stats`. */
export class Session {
  constructor(userName, stats) {
    this.userName = userName;
    this.stats = stats;
    this.cookies = new Map();
  }

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  keep(response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async request(journey, path, init = {}) {
    const started = performance.now();
    let response;
    try {
      response = await fetch(base + path, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers ?? {}), cookie: this.cookieHeader() },
      });
      this.keep(response);
      const body = await response.arrayBuffer();
      this.stats?.record(journey, performance.now() - started, response.status);
      return { status: response.status, headers: response.headers, body: Buffer.from(body) };
    } catch (error) {
      this.stats?.record(journey, performance.now() - started, 'network');
      return { status: 'network', error, body: Buffer.alloc(0) };
    }
  }

  async signIn() {
    const form = await this.request('signIn.form', '/account/login');
    const html = form.body.toString();
    const fields = new URLSearchParams();
    for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
      fields.set(name, value.replaceAll('&#x2B;', '+').replaceAll('&amp;', '&'));
    }
    fields.set('Input.UserName', this.userName);
    fields.set('Input.Password', password);
    const posted = await this.request('signIn', '/account/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: fields.toString(),
    });
    const location = posted.headers?.get('location') ?? '';
    this.signedIn = posted.status === 302 && !location.includes('/account/login');
    return this.signedIn;
  }

  async json(journey, path, init = {}) {
    const response = await this.request(journey, path, {
      ...init,
      headers: { ...(init.headers ?? {}), ...(init.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}) },
    });
    let value = null;
    if (response.body.length > 0 && String(response.headers?.get('content-type') ?? '').includes('json')) {
      value = JSON.parse(response.body.toString());
    }
    return { ...response, value };
  }
}

/** Latencies and status codes per journey. */
export class Stats {
  constructor() {
    this.journeys = new Map();
  }

  record(journey, ms, status) {
    let entry = this.journeys.get(journey);
    if (!entry) {
      entry = { times: [], statuses: {} };
      this.journeys.set(journey, entry);
    }
    entry.times.push(ms);
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
  }

  summary(seconds) {
    const rows = [];
    for (const [journey, { times, statuses }] of this.journeys) {
      const sorted = [...times].sort((a, b) => a - b);
      const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
      const errors = Object.entries(statuses).filter(([s]) => s === 'network' || Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
      rows.push({
        journey,
        requests: times.length,
        perSecond: seconds ? +(times.length / seconds).toFixed(2) : undefined,
        p50: +at(50).toFixed(0),
        p95: +at(95).toFixed(0),
        p99: +at(99).toFixed(0),
        max: +sorted[sorted.length - 1].toFixed(0),
        errors,
        tooMany: statuses[429] ?? 0,
        statuses,
      });
    }
    return rows;
  }
}

export const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

/** Runs `work` over `items` with at most `limit` at a time. */
export async function pool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  }));
  return results;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A value for one entry field that the rules accept, so a criterion counts as answered. */
export function answer(field) {
  switch (field.kind) {
    case 1: return 'true';
    case 4: return '100';
    case 5: return field.options?.[0] ?? '1';
    default: return '1';
  }
}

/** The portal's CPU (share of the machine's cores) and peak resident memory while `work` runs, from /proc. */
export async function watchPortal(work) {
  const pid = process.env.PORTAL_PID;
  if (!pid) return { result: await work() };
  const { readFileSync } = await import('node:fs');
  const { availableParallelism } = await import('node:os');
  const cpuTicks = () => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0);
  const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  const ticks = cpuTicks();
  const started = performance.now();
  let peakRssMb = rssMb();
  const timer = setInterval(() => { peakRssMb = Math.max(peakRssMb, rssMb()); }, 1000);
  try {
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    const cpuPercent = ((cpuTicks() - ticks) / 100 / seconds / availableParallelism()) * 100;
    return { result, portal: { cpuPercent: +cpuPercent.toFixed(0), peakRssMb: +peakRssMb.toFixed(0) } };
  } finally {
    clearInterval(timer);
  }
}
