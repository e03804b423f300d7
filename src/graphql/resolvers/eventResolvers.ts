import { Resolvers } from '../generated/resolvers-types';
import { refOf } from './statusResolvers';

/** Monitoring's side of live state: binding rules, their dry run, open alerts, unbound events. */
export const eventResolvers: Resolvers = {
  Query: {
    bindingRules: (_parent, _args, { services }) => services.events.bindingRules(),
    bindEvent: (_parent, { labels, resourceId }, { services }) => services.events.bind(labels, resourceId),
    unboundEvents: (_parent, { first }, { services }) => services.events.unboundEvents(first ?? 100),
    openAlerts: (_parent, { entity, first }, { services }) => services.events.openAlerts(entity, first ?? 100),
    statusHolds: (_parent, { first }, { services }) => services.events.holds(first ?? 100),
  },
  Mutation: {
    putBindingRule: (_parent, { input }, { services }) => services.events.putBindingRule(input),
    deleteBindingRule: (_parent, { id }, { services }) => services.events.deleteBindingRule(id),
    openIncidentFromAlerts: (_parent, { input }, { services }) => services.events.openIncidentFromAlerts(input),
  },
  EventBinding: {
    node: (binding, _args, context) => (binding.entityId === null ? null : refOf(binding.entityId, context)),
  },
  Alert: {
    node: (alert, _args, context) => refOf(alert.entityId, context),
    labels: (alert) => JSON.parse(alert.labels) as unknown,
  },
  StatusHold: {
    node: (hold, _args, context) => refOf(hold.entityId, context),
  },
  UnboundEvent: {
    labels: (event) => JSON.parse(event.labels) as unknown,
  },
};
