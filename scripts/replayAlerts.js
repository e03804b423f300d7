#!/usr/bin/env node
// Replays an alert stream (examples/alerts/*.json: steps of Alertmanager webhook notifications) to
// a running Cascade, step by step, and prints what each step changed and where the bank's retail
// account holders stand. Plain JavaScript, so it runs without a build:
//   npm run replay:alerts -- --url http://localhost:4000 --token "$TOKEN" [--file F] [--pause MS] [--as-recorded]
// Times are moved so the stream's last event is now (a replay after a replay is new alerts, not
// stale ones, and a hold-down counts from now); --as-recorded sends them as they are in the file.
/* global require, module, process, console, fetch, setTimeout */
'use strict';
// CommonJS on purpose: it runs as it is, and tests load it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { readFileSync } = require('node:fs');

const RETAIL = 'bank.cg.retail-account-holders';
const NEVER = '0001-01-01T00:00:00Z';

/** The stream's notifications, their times moved by `shiftMs`. */
function shifted(stream, shiftMs) {
  const move = (at) => (at === NEVER ? at : new Date(Date.parse(at) + shiftMs).toISOString());
  return stream.steps.map((step) => ({
    say: step.say,
    notification: { ...step.notification, alerts: step.notification.alerts.map((a) => ({ ...a, startsAt: move(a.startsAt), endsAt: move(a.endsAt) })) },
  }));
}

/** How far to move the stream so its last event is `now` (ms since the epoch). */
function shiftToNow(stream, now) {
  const times = stream.steps.flatMap((s) => s.notification.alerts.flatMap((a) => [a.startsAt, a.endsAt])).filter((t) => t !== NEVER);
  return now - Math.max(...times.map((t) => Date.parse(t)));
}

async function post(url, token, path, body) {
  const response = await fetch(url.replace(/\/+$/, '') + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(answer.errors ?? answer)}`);
  return answer;
}

/** Sends each step, then asks the current impact; calls `report` with what it learnt. */
async function replay({ url, token, stream, shiftMs = 0, pauseMs = 0, report = () => undefined }) {
  const steps = [];
  for (const [i, step] of shifted(stream, shiftMs).entries()) {
    if (i > 0 && pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const received = await post(url, token, '/events/alertmanager', step.notification);
    const { data, errors } = await post(url, token, '/graphql', {
      query: '{ currentImpact { statuses { node { id } state } impact { consumerGroups { consumerGroup { id } state people } } } }',
    });
    if (errors) throw new Error(JSON.stringify(errors));
    const retail = data.currentImpact.impact.consumerGroups.find((g) => g.consumerGroup.id === RETAIL) ?? null;
    const result = {
      say: step.say,
      changes: received.statusChanges.map((c) => `${c.entityId} ${c.state}`),
      held: received.held.map((h) => `${h.entityId} ${h.state} at ${h.until}`),
      statuses: data.currentImpact.statuses.map((s) => `${s.node.id} ${s.state}`),
      retail: retail ? `${retail.state}, ${retail.people} people` : 'not hit',
    };
    steps.push(result);
    report(result, i);
  }
  return steps;
}

function argument(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

async function main() {
  const url = argument('url', 'http://localhost:4000');
  const token = argument('token', process.env.CASCADE_TOKEN);
  if (!token) throw new Error('give an operator token: --token TOKEN or CASCADE_TOKEN (npm run keys -- create --name alertmanager --role operator)');
  const stream = JSON.parse(readFileSync(argument('file', 'examples/alerts/isp-core-outage.json'), 'utf8'));
  const shiftMs = process.argv.includes('--as-recorded') ? 0 : shiftToNow(stream, Date.now());
  await replay({
    url, token, stream, shiftMs, pauseMs: Number(argument('pause', '2000')),
    report: (step, i) => {
      console.log(`${i + 1}. ${step.say}`);
      console.log(`   status changes: ${step.changes.join(', ') || 'none'}${step.held.length ? `; held: ${step.held.join(', ')}` : ''}`);
      console.log(`   not UP now: ${step.statuses.join(', ') || 'nothing'}; retail account holders: ${step.retail}`);
    },
  });
}

module.exports = { replay, shifted, shiftToNow };
if (require.main === module) {
  main().catch((error) => {
    console.error(`replay: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
