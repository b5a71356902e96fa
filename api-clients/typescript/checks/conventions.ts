// Type-level checks of the conventions in docs/api.md, applied to every generated document by
// generated/checks.ts. A violation is a type error that names the schema and the property.

/** The properties of an object schema T that hold an id: `id` and anything ending in `Id` (enums have none). */
type IdKeys<T> = T extends string | number | boolean | null | undefined | readonly unknown[]
  ? never
  : { [K in keyof T]-?: K extends 'id' | `${string}Id` ? K : never }[keyof T];

/** Those id properties whose type is not a string (a JavaScript number cannot hold a 64-bit id). */
type NonStringIds<T> = { [K in IdKeys<T>]-?: [NonNullable<T[K]>] extends [string] ? never : K }[IdKeys<T>];

/** Schema name -> the offending properties, for schemas that have any. */
type Offenders<S> = { [N in keyof S as [NonStringIds<S[N]>] extends [never] ? never : N]: NonStringIds<S[N]> };

/** `true` when every id of every schema is a string; otherwise an object type naming the offenders. */
export type IdsAreStrings<S> = keyof Offenders<S> extends never ? true : { idsDeclaredAsNumbers: Offenders<S> };
