import { StatusChange } from '../../src/domain/status';
import { mapEvents } from '../../src/services/mapEvents';
import { StatusHub } from '../../src/services/statusHub';

const change = (id: string, entityId = 'a'): StatusChange => ({
  id, entityId, state: 'DOWN', previous: 'UP', reason: null, by: null, at: '2026-11-29T20:00:00Z', incidentId: null,
});

describe('status events', () => {
  test('a change is published once, whether it comes from this process or from the relay', async () => {
    const hub = new StatusHub();
    const events = hub.subscribe();
    expect(hub.publishOnce(change('c1'))).toBe(true);
    expect(hub.publishOnce(change('c1'))).toBe(false);
    expect(hub.publishOnce(change('c2'))).toBe(true);
    expect((await events.next()).value.id).toBe('c1');
    expect((await events.next()).value.id).toBe('c2');
    await events.return!();
  });

  test('a latest-only subscription collapses what arrives while its consumer is busy into the newest, and still wakes on the next', async () => {
    const hub = new StatusHub();
    const events = hub.subscribe(1, true);
    const waiting = events.next();
    hub.publishOnce(change('c1'));
    expect((await waiting).value.id).toBe('c1');
    // The consumer is busy: three changes arrive, one look remains, at the newest.
    for (const id of ['c2', 'c3', 'c4']) hub.publishOnce(change(id));
    expect((await events.next()).value.id).toBe('c4');
    const next = events.next();
    hub.publishOnce(change('c5'));
    expect((await next).value.id).toBe('c5');
    await events.return!();
  });

  test('a plain subscription keeps every change in order up to its backlog', async () => {
    const hub = new StatusHub();
    const events = hub.subscribe(3);
    for (const id of ['c1', 'c2', 'c3', 'c4']) hub.publishOnce(change(id));
    const seen = [(await events.next()).value.id, (await events.next()).value.id, (await events.next()).value.id];
    expect(seen).toEqual(['c1', 'c2', 'c3']);
    await events.return!();
  });

  test('ids are forgotten after two minutes, oldest first', () => {
    const hub = new StatusHub();
    hub.publishOnce(change('old'), 0);
    hub.publishOnce(change('new'), 119_000);
    hub.publishOnce(change('newer'), 121_000);
    expect(hub.publishOnce(change('old'), 121_001)).toBe(true);
    expect(hub.publishOnce(change('new'), 121_002)).toBe(false);
  });

  test('a filtered subscription left while waiting unsubscribes at once, and the hub says it is idle', async () => {
    const hub = new StatusHub();
    let idle = 0;
    hub.onIdle(() => (idle += 1));
    const watched = mapEvents(hub.subscribe(), (c) => (c.entityId === 'b' ? c : null));
    const pending = watched.next();
    hub.publishOnce(change('x', 'a'));
    expect(hub.subscriberCount).toBe(1);
    await watched.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(hub.subscriberCount).toBe(0);
    expect(idle).toBe(1);
  });
});
