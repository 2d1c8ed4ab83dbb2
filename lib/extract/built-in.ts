/**
 * Reads a DOM property the way the platform defines it, from the object's prototype chain, so
 * that a named element cannot answer instead: on a page, `<img name="cloneNode">` makes
 * `document.cloneNode` that image, and `<input name="parentNode">` makes `form.parentNode` that
 * input (DOM clobbering). Methods come back bound to `target`. Works in any realm (the page's
 * isolated world, jsdom, an extension page), since the prototypes are found from the object itself.
 */
export function builtIn<T>(target: object, name: string): T {
  for (const proto of prototypesOf(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor) continue;
    if (descriptor.get) return descriptor.get.call(target) as T;
    const value: unknown = descriptor.value;
    return (typeof value === 'function' ? value.bind(target) : value) as T;
  }
  throw new TypeError(`no built-in "${name}" on ${Object.prototype.toString.call(target)}`);
}

/**
 * The platform's own method `name` of `target`'s kind, unbound, to `.call` on objects of that kind
 * whose own property might be clobbered.
 */
export function builtInMethod<A extends unknown[], R>(target: object, name: string): (this: object, ...args: A) => R {
  for (const proto of prototypesOf(target)) {
    const value: unknown = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (typeof value === 'function') return value as (this: object, ...args: A) => R;
  }
  throw new TypeError(`no built-in method "${name}" on ${Object.prototype.toString.call(target)}`);
}

/**
 * The platform's own getter of property `name` of `target`'s kind, unbound, to `.call` on objects of
 * that kind whose own property might be clobbered (one lookup for a walk over many elements).
 */
export function builtInGetter<T>(target: object, name: string): (this: object) => T {
  for (const proto of prototypesOf(target)) {
    const getter = Object.getOwnPropertyDescriptor(proto, name)?.get;
    if (getter) return getter as (this: object) => T;
  }
  throw new TypeError(`no built-in getter "${name}" on ${Object.prototype.toString.call(target)}`);
}

/** Every property name a pristine object of `target`'s kind has (own prototype chain, Object's too). */
export function builtInNames(target: object): Set<string> {
  const names = new Set<string>();
  for (const proto of prototypesOf(target)) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  return names;
}

/** `target`'s prototype chain, nearest first: where the platform's own properties live. */
function* prototypesOf(target: object): Generator<object> {
  for (
    let proto = Object.getPrototypeOf(target) as object | null;
    proto !== null;
    proto = Object.getPrototypeOf(proto)
  ) {
    yield proto;
  }
}
