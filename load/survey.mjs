// The online survey under load (issue 21): 1,000 respondents against a 150-unit province.
// 400 officials with one-time codes rate every department (GET form, one PUT with every cell, POST submit) and 600
// citizens answer the SIPAS links of the 150 units (GET form, POST answers with a browser token), CONCURRENCY at a time,
// in a random interleaving. Prints requests/s and latencies per step, then checks the counts through the API:
// 1,000 ballots, every SIPAS link's received count equal to the answers sent to it, nothing counted twice.
// Usage: UNITS=150 load/survey.sh   (or PORTAL=http://127.0.0.1:5291 node load/survey.mjs with a portal running)
import { randomBytes } from 'node:crypto';
import { Session, Stats, pool, base } from './lib.mjs';

const officials = Number(process.env.OFFICIALS ?? 400);
const citizens = Number(process.env.CITIZENS ?? 600);
const concurrency = Number(process.env.CONCURRENCY ?? 16);
if (!/^http:\/\/127\.0\.0\.1:/.test(base)) throw new Error('PORTAL must be a loopback address');

const admin = new Session('admin', null);
if (!(await admin.signIn())) throw new Error('admin could not sign in');
const ok = (r, what) => {
  if (typeof r.status !== 'number' || r.status >= 300) throw new Error(`${what}: ${r.status} ${r.body?.toString().slice(0, 300)}`);
  return r.value;
};
const post = (path, body) => admin.json('setup', path, { method: 'POST', body: JSON.stringify(body) });

// A draft on the newest period: every survey criterion of the frameworks gets one question.
const periods = ok(await admin.json('setup', '/api/periods'), 'periods');
const period = periods.sort((a, b) => b.year - a.year)[0];
const blocks = ok(await admin.json('setup', '/api/blocks'), 'blocks');
const departments = blocks.find((b) => b.code === 'SBN').id;
const created = ok(await post('/api/surveys', { periodId: period.id, title: `Khảo sát tải ${new Date().toISOString()}`, minimumAnswers: 3 }), 'create');
const survey = created.id;
let view = ok(await admin.json('setup', `/api/surveys/${survey}`), 'view');
for (const criterion of view.criteria) {
  ok(await post(`/api/surveys/${survey}/questions`, { criterionCode: criterion.code, text: `Mức độ hài lòng (${criterion.code})?` }), 'question');
}
ok(await post(`/api/surveys/${survey}/groups`, { name: 'Lãnh đạo UBND cấp xã', ratedBlockIds: [departments] }), 'group');
ok(await post(`/api/surveys/${survey}/groups`, { name: 'Người dân, doanh nghiệp', ratedBlockIds: blocks.map((b) => b.id) }), 'group');
const now = Date.now();
ok(await post(`/api/surveys/${survey}/open`, { opensAtUtc: new Date(now - 60_000).toISOString(), closesAtUtc: new Date(now + 86_400_000).toISOString() }), 'open');
view = ok(await admin.json('setup', `/api/surveys/${survey}`), 'view');
const [leaders, people] = view.groups.map((g) => g.id);
const codes = ok(await post(`/api/surveys/${survey}/invitations`, { groupId: leaders, count: officials }), 'invitations');

// One SIPAS link per unit with survey questions (N between 200 and 5,000, e = 0,05).
const links = [];
for (const unit of view.units) {
  const population = 200 + Math.floor(Math.random() * 4800);
  const link = await post(`/api/surveys/${survey}/sipas`, { groupId: people, unitId: unit.unitId, population, margin: 0.05 });
  if (link.status === 200) links.push({ code: link.value.code, quota: link.value.quota, sent: 0 });
}
console.log(`survey ${survey}: ${view.questions.length} questions, ${view.units.length} units rated, ${codes.length} codes, ${links.length} SIPAS links`);

const stats = new Stats();
const respondents = [
  ...codes.map((code) => ({ kind: 'official', code })),
  ...Array.from({ length: citizens }, (_, i) => ({ kind: 'citizen', link: links[i % links.length] })),
].sort(() => Math.random() - 0.5);
const options = ['A', 'B', 'C', 'D', 'X'];
const pick = () => options[Math.floor(Math.random() * options.length)];
let refused = 0;

const started = performance.now();
await pool(respondents, concurrency, async (r) => {
  const s = new Session(null, stats);
  if (r.kind === 'official') {
    const form = (await s.json('official.form', `/api/survey-form/${r.code}`)).value;
    const answers = form.units.flatMap((u) => u.questionIds.map((q) => ({ unitId: u.unitId, questionId: q, optionKey: pick() })));
    await s.json('official.save', `/api/survey-form/${r.code}/answers`, { method: 'PUT', body: JSON.stringify({ answers }) });
    const submitted = await s.request('official.submit', `/api/survey-form/${r.code}/submit`, { method: 'POST' });
    if (submitted.status !== 204) refused++;
  } else {
    const form = (await s.json('citizen.form', `/api/sipas/${r.link.code}`)).value;
    const answers = form.questions.map((q) => ({ questionId: q.id, optionKey: pick() }));
    const token = randomBytes(16).toString('hex');
    const sent = await s.json('citizen.submit', `/api/sipas/${r.link.code}`, { method: 'POST', body: JSON.stringify({ browserToken: token, answers }) });
    if (sent.status === 204) r.link.sent++;
    else refused++;
  }
});
const seconds = (performance.now() - started) / 1000;

console.log(`\n${respondents.length} respondents in ${seconds.toFixed(1)} s at ${concurrency} at a time: ${(respondents.length / seconds).toFixed(1)} respondents/s`);
console.table(stats.summary(seconds).map(({ statuses, ...row }) => ({ ...row, statuses: JSON.stringify(statuses) })));

// Counted once each, through the API.
view = ok(await admin.json('setup', `/api/surveys/${survey}`), 'view');
const listed = ok(await admin.json('setup', `/api/surveys/${survey}/sipas`), 'links');
const sentByCode = new Map(links.map((l) => [l.code, l.sent]));
const linksMatch = listed.every((l) => l.received === sentByCode.get(l.code) && l.received <= l.quota);
const accepted = respondents.length - refused;
console.log(`ballots ${view.ballots} (accepted ${accepted}, refused ${refused}); SIPAS received = sent for every link: ${linksMatch}`);
const passed = view.ballots === accepted && refused === 0 && linksMatch;
console.log(passed ? 'PASSED' : 'FAILED');
process.exit(passed ? 0 : 1);
