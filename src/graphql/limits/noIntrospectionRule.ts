import { ValidationRule } from 'graphql';
import { limitError } from './limitError';

/**
 * Refuses __schema and __type (INTROSPECTION_DISABLED). Cascade's own rule rather than Apollo's
 * `introspection: false`, so the WebSocket path, which validates with limitValidationRules only,
 * refuses them too, and one code and message serve both. __typename stays: clients need it.
 */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(limitError('INTROSPECTION_DISABLED', `Introspection is disabled on this server (${node.name.value})`, node));
    }
  },
});
