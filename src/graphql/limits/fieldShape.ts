import {
  GraphQLField,
  GraphQLFieldMap,
  GraphQLNamedType,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
} from 'graphql';
import { FieldWeight, weightOf } from './fieldWeights';

/** What the cost needs to know of a field, worked out once per schema field: a document repeats them. */
export interface FieldShape {
  returned: GraphQLNamedType;
  isList: boolean;
  isLeaf: boolean;
  hasFirst: boolean;
  weight: FieldWeight | undefined;
  /** Whether anything reads its arguments: a weight, `first`, or a filter that may name ids. */
  readsArguments: boolean;
}

const shapes = new WeakMap<GraphQLField<unknown, unknown>, FieldShape>();
const fieldMaps = new WeakMap<GraphQLNamedType, GraphQLFieldMap<unknown, unknown> | null>();

/** The shape of a field of `parent`, remembered for as long as the schema lives. */
export function shapeOf(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): FieldShape {
  let shape = shapes.get(field);
  if (!shape) {
    const hasFirst = field.args.some((a) => a.name === 'first');
    const weight = weightOf(parent.name, field.name);
    shape = {
      returned: getNamedType(field.type),
      isList: isListType(getNullableType(field.type)),
      isLeaf: isLeafType(getNamedType(field.type)),
      hasFirst,
      weight,
      readsArguments: weight !== undefined || hasFirst || field.args.some((a) => a.name === 'filter'),
    };
    shapes.set(field, shape);
  }
  return shape;
}

/** The fields of an object or interface type; null for the others (a union selects through fragments). */
export function outputFields(type: GraphQLNamedType): GraphQLFieldMap<unknown, unknown> | null {
  let fields = fieldMaps.get(type);
  if (fields === undefined) {
    fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : null;
    fieldMaps.set(type, fields);
  }
  return fields;
}
