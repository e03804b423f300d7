import { checkRange } from '../../domain/validation/checkRange';
import { Resolvers } from '../generated/resolvers-types';

const MAX_CONTRIBUTORS = 1_000;
/** Most entries one list of atRisk returns; the answer is held in memory. */
const MAX_AT_RISK = 1_000;

/** Availability of a target: read arguments, call the availability service, shape the answer. */
export const availabilityResolvers: Resolvers = {
  Query: {
    availability: (_parent, { target, defaultAvailability, whatIf }, { services }) =>
      services.availability.availability(target, defaultAvailability ?? null, whatIf ?? null),
    atRisk: (_parent, { defaultAvailability, provider, consumer, service, offset, first }, { services }) =>
      services.availability.atRisk(defaultAvailability ?? null, { provider: provider ?? null, consumer: consumer ?? null, service: service ?? null }, offset ?? 0, first ?? null),
  },
  AtRisk: {
    entries: (answer, { first }) => firstOf(answer.atRisk, first),
    count: (answer) => answer.atRisk.length,
    undecided: (answer, { first }) => firstOf(answer.undecided, first),
    undecidedCount: (answer) => answer.undecided.length,
  },
  AtRiskEntry: {
    method: (entry) => entry.answer?.method ?? null,
    availability: (entry) => entry.answer?.availability ?? null,
    interval: (entry) => entry.answer?.interval ?? null,
    whyEstimate: (entry) => entry.answer?.whyEstimate ?? null,
    bounds: (entry) => entry.answer?.bounds ?? null,
    unknownComponentCount: (entry) => entry.answer?.unknownComponents.length ?? 0,
    downtimeHoursPerYear: (entry) => entry.answer?.downtimeHoursPerYear ?? null,
  },
  Availability: {
    method: (view) => view.answer.method,
    availability: (view) => view.answer.availability,
    interval: (view) => view.answer.interval,
    bounds: (view) => view.answer.bounds,
    downtimeHoursPerYear: (view) => view.answer.downtimeHoursPerYear,
    agreed: (view) => (view.answer.agreed && view.agreedSource ? { ...view.answer.agreed, source: view.agreedSource } : null),
    unknownComponents: (view) => view.answer.unknownComponents,
    defaultAvailability: (view) => view.answer.defaultAvailability,
    defaultedComponents: (view) => view.answer.defaultedComponents,
    contributors: (view, { first }) => {
      checkRange('first', first ?? 10, 0, MAX_CONTRIBUTORS);
      return (
        view.answer.contributors
          ?.slice(0, first ?? 10)
          .map((c) => ({ ...c, component: { id: c.componentId, kind: 'Component', name: view.graph.nodes.get(c.componentId)?.name ?? c.componentId } })) ?? null
      );
    },
    whyEstimate: (view) => view.answer.whyEstimate,
    samples: (view) => view.answer.samples,
    seed: (view) => view.answer.seed,
  },
  AvailabilityInterval: {
    low: (interval) => interval.lower,
    high: (interval) => interval.upper,
  },
};

function firstOf<T>(list: readonly T[], first: number | null | undefined): T[] {
  checkRange('first', first ?? 20, 0, MAX_AT_RISK);
  return list.slice(0, first ?? 20);
}
