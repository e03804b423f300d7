import { checkRange } from '../../domain/validation/checkRange';
import { Resolvers } from '../generated/resolvers-types';

const MAX_CONTRIBUTORS = 1_000;

/** Availability of a target: read arguments, call the availability service, shape the answer. */
export const availabilityResolvers: Resolvers = {
  Query: {
    availability: (_parent, { target, defaultAvailability, whatIf }, { services }) =>
      services.availability.availability(target, defaultAvailability ?? null, whatIf ?? null),
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
