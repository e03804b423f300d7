import { FieldNode, GraphQLField, valueFromASTUntyped } from 'graphql';

/**
 * Variable values by name. Undefined while validating: Apollo validates a document once, for every
 * request that sends it, so a variable is then unknown and its argument takes the schema default
 * (limitPlugins measures again with the request's values).
 */
export type VariableValues = Readonly<Record<string, unknown>> | undefined;

/** The arguments of one field, read only as far as a weight asks. */
export interface FieldArguments {
  /** A number argument: as given, else its schema default; undefined when neither is a number. */
  int(name: string): number | undefined;
  /** The items of a list argument, or of a list inside an input (`filter.ids`); a single value is one. */
  count(path: string): number | undefined;
  /** A string argument (CSV or network text). */
  text(name: string): string | undefined;
  /** Whether the argument has a value (given, from a variable, or by default). */
  given(name: string): boolean;
}

export function fieldArguments(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: VariableValues): FieldArguments {
  const defaultOf = (name: string): unknown => field.args.find((a) => a.name === name)?.defaultValue;
  // Null takes the default too: Cascade's resolvers read `first ?? 50`.
  const valueOf = (name: string): unknown => {
    const argument = node.arguments?.find((a) => a.name.value === name);
    return (argument ? valueFromASTUntyped(argument.value, variables) : undefined) ?? defaultOf(name);
  };
  return {
    int(name) {
      // A value of the wrong type is refused by coercion later; until then the default stands in.
      const value = [valueOf(name), defaultOf(name)].find((v) => typeof v === 'number' && Number.isFinite(v));
      return value as number | undefined;
    },
    count(path) {
      const [name, ...inside] = path.split('.');
      let value = valueOf(name);
      for (const key of inside) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
      if (value === undefined || value === null) return undefined;
      return Array.isArray(value) ? value.length : 1;
    },
    text(name) {
      const value = valueOf(name);
      return typeof value === 'string' ? value : undefined;
    },
    given(name) {
      const value = valueOf(name);
      return value !== undefined && value !== null;
    },
  };
}
