/** A property of a value whose shape is unknown, such as an error's `cause`; undefined where it has none. */
export const propertyOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
