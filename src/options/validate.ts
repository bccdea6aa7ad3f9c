/**
 * The one option-validation mechanism of every public function: a schema per function, one
 * reader, one error type. Every message has the same shape, and `OptionError` carries the
 * option and its allowed values as fields, so that the CLI can say `--digits` where the library
 * says `option "digits"` without rewriting a message.
 *
 * Options are read from a plain object (prototype `Object.prototype` or `null`), own enumerable
 * properties only: arrays, Maps and class instances are refused, and nothing is inherited, so
 * `{ preset }` and the switches behave alike. Describing a bad value never throws (BigInt,
 * symbols, cyclic objects, objects without a prototype).
 */

/** What one option accepts. */
export type OptionRule =
  | { readonly kind: 'oneOf'; readonly values: readonly (string | boolean)[] }
  | { readonly kind: 'strings' }
  | { readonly kind: 'function'; readonly what: string; readonly off: readonly boolean[] }
  | { readonly kind: 'text'; readonly also: readonly (string | boolean)[] };

/** A schema: every option of one function and what it accepts. */
export type OptionSchema = Readonly<Record<string, OptionRule>>;

/** The booleans, as a rule. */
export const BOOLEAN: OptionRule = { kind: 'oneOf', values: [true, false] };

/**
 * A `TypeError` about an option: `option` is its name (null when the options value itself is
 * wrong), `allowed` the allowed values in words.
 */
export class OptionError extends TypeError {
  /** The option's name, or null when the options value itself is wrong. */
  declare readonly option: string | null;
  /** The rejected value, described. */
  declare readonly value: string;
  /** The allowed values, in words. */
  declare readonly allowed: string;

  constructor(message: string, option: string | null, value: string, allowed: string) {
    super(`arabic-text: ${message}`);
    // Not enumerable: the error prints, compares and serializes as the plain TypeError it is.
    Object.defineProperties(this, {
      name: { value: 'TypeError' },
      option: { value: option },
      value: { value },
      allowed: { value: allowed },
    });
  }
}

/** A short description of any value, for messages; never throws. */
function describe(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : value instanceof Map ? 'a Map' : 'an object';
    default:
      return String(value);
  }
}

/** The allowed values of a rule, in words. */
export function allowedValues(rule: OptionRule): string {
  switch (rule.kind) {
    case 'oneOf':
      return rule.values.map(describe).join(', ');
    case 'strings':
      return 'an array of strings';
    case 'function':
      return [rule.what, ...rule.off.map(String)].join(', ');
    case 'text':
      return ['a string', ...rule.also.map(describe)].join(', ');
  }
}

function accepts(rule: OptionRule, value: unknown): boolean {
  switch (rule.kind) {
    case 'oneOf':
      return rule.values.includes(value as string | boolean);
    case 'strings': {
      if (!Array.isArray(value)) return false;
      // A sparse array's holes are not strings: index every slot.
      for (let k = 0; k < value.length; k++) if (typeof value[k] !== 'string') return false;
      return true;
    }
    case 'function':
      return typeof value === 'function' || rule.off.includes(value as boolean);
    case 'text':
      return typeof value === 'string' || rule.also.includes(value as string | boolean);
  }
}

/** Whether `value` is a plain object: an object literal, `Object.create(null)`, or a frozen one. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Reads and checks the options passed to `fn` against `schema`. Returns `undefined` when none
 * were passed, else the given options (own properties; `undefined` values are left out).
 * `orElse` names what else the function accepts instead of an object ("a preset name or ").
 */
export function readOptions(
  fn: string,
  options: unknown,
  schema: OptionSchema,
  orElse = '',
): Record<string, unknown> | undefined {
  if (options === undefined) return undefined;
  if (!isPlainObject(options)) {
    const allowed = `${orElse}a plain object`;
    throw new OptionError(
      `${fn} options must be ${allowed}, got ${describe(options)}`,
      null,
      describe(options),
      allowed,
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    const value = options[key];
    const rule = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (rule === undefined) {
      const known = Object.keys(schema).join(', ');
      throw new OptionError(`unknown ${fn} option "${key}"; known options: ${known}`, key, describe(value), known);
    }
    if (value === undefined) continue;
    checkOption(key, value, rule);
    out[key] = value;
  }
  return out;
}

/** Throws an `OptionError` unless `rule` accepts `value` for option `key`. */
export function checkOption(key: string, value: unknown, rule: OptionRule): void {
  if (accepts(rule, value)) return;
  const allowed = allowedValues(rule);
  throw new OptionError(
    `invalid value ${describe(value)} for option "${key}"; allowed values: ${allowed}`,
    key,
    describe(value),
    allowed,
  );
}

/** Returns `value` if it is a string; otherwise a `TypeError` naming `fn`'s argument. */
export function requireString(fn: string, argument: string, value: unknown): string {
  if (typeof value === 'string') return value;
  throw new TypeError(`arabic-text: ${fn}: argument "${argument}" must be a string, got ${describe(value)}`);
}
