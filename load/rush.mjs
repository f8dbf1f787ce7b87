// The deadline rush (section 4.2): node load/rush.mjs prepare | rush <multiplier> | storm
// Writes what the portal acknowledged to $LOAD_DIR/acks-*.json, for verify.py to find in the database.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session, Stats, model, pool, sleep, sha256, answer, staffName, leaderName, watchPortal } from './lib.mjs';

const loadDir = process.env.LOAD_DIR ?? '/tmp/parindex-load';
const [command = 'rush', argument] = process.argv.slice(2);
const units = Number(process.env.UNITS ?? model.units);
const numbers = Array.from({ length: units }, (_, i) => i + 1);

/** Every unit's officer signs in and answers every criterion still open, as the days before the deadline would. */
async function prepare() {
  const stats = new Stats();
  const started = performance.now();
  let answered = 0;
  await pool(numbers, 8, async (n) => {
    const staff = new Session(staffName(n), stats);
    if (!(await staff.signIn())) throw new Error(`${staff.userName} could not sign in`);
    const view = (await staff.json('openSelfAssessment.api', '/api/self-assessments/mine')).value;
    if (view.state === 3) return;
    for (const criterion of view.domains.flatMap((d) => d.criteria)) {
      const unexplained = criterion.evidenceRequired && criterion.evidence.length === 0 && !criterion.explanation;
      if (!criterion.isUnitEntered || criterion.ruleType === 10 || (criterion.isAnswered && !unexplained)) continue;
      const values = criterion.isAnswered ? criterion.values : Object.fromEntries(criterion.fields.map((f) => [f.name, answer(f)]));
      const saved = await staff.json('saveAnswer', `/api/self-assessments/${view.assessmentId}/answers/${criterion.nodeId}`, {
        method: 'PUT',
        body: JSON.stringify({ values, explanation: 'Hồ sơ lưu tại bộ phận một cửa.', concurrencyStamp: criterion.concurrencyStamp }),
      });
      if (saved.status !== 200) throw new Error(`${staff.userName} ${criterion.code}: ${saved.status} ${saved.body}`);
      answered++;
    }
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`prepare: ${units} units, ${answered} answers saved in ${seconds.toFixed(1)} s`);
  console.table(stats.summary(seconds).map(({ statuses, ...row }) => row));
}

/** Open-model arrivals at `multiplier` × the modelled peak for model.rushSeconds. */
async function rush(multiplier) {
  const seconds = Number(process.env.RUSH_SECONDS ?? model.rushSeconds);
  const sessions = await signInAll(numbers, staffName, new Stats());
  const people = await pool(sessions, 8, async (session) => {
    const view = (await session.json('setup', '/api/self-assessments/mine')).value;
    const criteria = view.domains.flatMap((d) => d.criteria).filter((c) => c.isUnitEntered && c.isAnswered && c.ruleType !== 10);
    return { session, view, criteria, stamps: new Map(criteria.map((c) => [c.nodeId, c.concurrencyStamp])), busy: Promise.resolve() };
  }).then((all) => all.filter((p) => p.view.state !== 3));
  const stats = new Stats();
  for (const person of people) person.session.stats = stats;
  const acks = { saves: [], uploads: [], started: new Date().toISOString() };
  let sequence = 0;

  const journeys = {
    async saveAnswer(person) {
      const criterion = pick(person.criteria);
      const marker = `lan-${process.pid}-${++sequence}`;
      const saved = await person.session.json('saveAnswer', `/api/self-assessments/${person.view.assessmentId}/answers/${criterion.nodeId}`, {
        method: 'PUT',
        body: JSON.stringify({ values: criterion.values, explanation: marker, concurrencyStamp: person.stamps.get(criterion.nodeId) }),
      });
      if (saved.status === 200) {
        person.stamps.set(criterion.nodeId, saved.value.concurrencyStamp);
        acks.saves.push({ assessmentId: person.view.assessmentId, nodeId: criterion.nodeId, explanation: marker });
      }
    },
    async uploadEvidence(person) {
      const criterion = pick(person.criteria);
      const kb = pick(model.uploadSizesKb);
      const content = Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%'), randomBytes(kb * 1024), Buffer.from('\ntrailer<</Root 1 0 R>>\n%%EOF\n')]);
      const form = new FormData();
      form.set('file', new Blob([content], { type: 'application/pdf' }), `Minh chung ${++sequence}.pdf`);
      form.set('nodeIds', criterion.nodeId);
      const uploaded = await person.session.json('uploadEvidence', `/api/self-assessments/${person.view.assessmentId}/evidence`, { method: 'POST', body: form });
      if (uploaded.status === 200) acks.uploads.push({ evidenceId: uploaded.value.id, sha256: sha256(content), bytes: content.length });
    },
    async openSelfAssessment(person) {
      await person.session.request('openSelfAssessment.page', '/self-assessment');
      await person.session.request('openSelfAssessment.api', '/api/self-assessments/mine');
    },
    async readRanking(person) {
      // The province's published ranking: the page staff open, and the public API citizens and the press call.
      await person.session.request('readRanking.page', '/results');
      await person.session.request('readRanking.api', '/api/public/results');
    },
    async signIn(person) {
      await new Session(person.session.userName, stats).signIn();
    },
    async failedSignIn() {
      const stranger = new Session(`khong.ton.tai.${++sequence}`, stats);
      await stranger.signIn();
    },
  };

  console.log(`rush ×${multiplier}: ${people.length} people, ${seconds} s`);
  const started = performance.now();
  const running = [];
  const { portal } = await watchPortal(async () => {
    await Promise.all(Object.entries(model.peakPerSecond).map(async ([journey, rate]) => {
      // Poisson arrivals; one person does one thing at a time, as a person at one desk does.
      while (performance.now() - started < seconds * 1000) {
        await sleep(-Math.log(1 - Math.random()) * 1000 / (rate * multiplier));
        if (performance.now() - started >= seconds * 1000) break;
        const person = pick(people);
        const work = person.busy.then(() => journeys[journey](person));
        person.busy = work.catch(() => {});
        running.push(work);
      }
    }));
    await Promise.allSettled(running);
  });
  const elapsed = (performance.now() - started) / 1000;
  console.log('portal:', portal, `last answer after ${elapsed.toFixed(1)} s`);
  // Rates over the arrival window: what was asked of the portal per second.
  const summary = stats.summary(seconds);
  console.table(summary.map(({ statuses, ...row }) => row));
  writeFileSync(`${loadDir}/acks-rush-x${multiplier}.json`, JSON.stringify({ ...acks, multiplier, seconds: elapsed, portal, summary }, null, 1));
  console.log(`acknowledged: ${acks.saves.length} saves, ${acks.uploads.length} uploads → ${loadDir}/acks-rush-x${multiplier}.json`);
}

/** H3: the deadline minute. Most leaders submit in the last minute (some twice at once); the rest after the deadline. */
async function storm() {
  const stats = new Stats();
  const { onTimeShare, windowSeconds, lateSeconds, doubleSubmitShare } = model.storm;
  const leaders = await signInAll(numbers, leaderName, stats);
  const views = await pool(leaders, 8, async (leader) => (await leader.json('openSelfAssessment.api', '/api/self-assessments/mine')).value);
  const open = leaders.map((leader, i) => ({ leader, view: views[i] })).filter((l) => l.view.state !== 3);
  shuffle(open);
  const onTime = open.slice(0, Math.round(open.length * onTimeShare));
  const late = open.slice(onTime.length);

  // The deadline falls 5 s after the window; late submits start 5 s after the deadline.
  const deadline = execFileSync(new URL('./portal.sh', import.meta.url).pathname, ['deadline', String(windowSeconds + 5)]).toString().trim();
  const t0 = performance.now();
  console.log(`storm: ${onTime.length} on time within ${windowSeconds} s, ${late.length} late; ${deadline}`);
  const outcome = [];
  const submit = async ({ leader, view }, kind) => {
    const response = await leader.json(`submit.${kind}`, `/api/self-assessments/${view.assessmentId}/submission`, {
      method: 'POST',
      body: JSON.stringify({ concurrencyStamp: view.concurrencyStamp }),
    });
    outcome.push({ assessmentId: view.assessmentId, kind, status: response.status });
  };
  const at = (ms) => sleep(Math.max(0, ms - (performance.now() - t0)));
  await Promise.all([
    ...onTime.map(async (unit) => {
      await at(Math.random() * windowSeconds * 1000);
      const twice = Math.random() < doubleSubmitShare;
      await Promise.all(twice ? [submit(unit, 'onTime'), submit(unit, 'onTime')] : [submit(unit, 'onTime')]);
    }),
    ...late.map(async (unit) => {
      await at((windowSeconds + 10 + Math.random() * lateSeconds) * 1000);
      await submit(unit, 'late');
    }),
  ]);
  const summary = stats.summary((performance.now() - t0) / 1000);
  console.table(summary.map(({ statuses, ...row }) => ({ ...row, statuses: JSON.stringify(statuses) })));
  writeFileSync(`${loadDir}/acks-storm.json`, JSON.stringify({
    deadline, onTime: onTime.map((u) => u.view.assessmentId), late: late.map((u) => u.view.assessmentId), outcome, summary,
  }, null, 1));
}

async function signInAll(ns, name, stats) {
  const sessions = await pool(ns, 8, async (n) => {
    const session = new Session(name(n), stats);
    return (await session.signIn()) ? session : null;
  });
  const missing = sessions.filter((s) => !s).length;
  if (missing > 0) throw new Error(`${missing} accounts could not sign in`);
  return sessions;
}

function pick(items) {
  return items[Math.floor(Math.random() * items.length)];
}

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

switch (command) {
  case 'prepare': await prepare(); break;
  case 'rush': await rush(Number(argument ?? 1)); break;
  case 'storm': await storm(); break;
  default: throw new Error(`unknown command ${command}`);
}
