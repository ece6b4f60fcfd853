// From a form post to the object an action's zod schema reads, and back to the values a form shows again.
// FormData has only strings and files and says nothing about lists or booleans, so the schema's shape decides:
// a list field reads every value of its name (one ticked checkbox is still a list), a boolean field reads a
// checkbox ("on" when ticked, absent when not), anything else the one value (absent is undefined, so `.default()`
// and `.optional()` apply). Whatever arrives, the schema still validates it. Pure.
import type { z } from "zod";
import type { FormValues } from "./action-state";

type Kind = "list" | "boolean" | "value";

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  left?: z.ZodType;
  right?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/default/nullable/catch/readonly and pipes (z.preprocess is a pipe from a transform). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === "pipe" && def.in && def.out) current = defOf(def.in).type === "transform" ? def.out : def.in;
    else return current;
  }
  return current;
}

function kindOf(field: z.ZodType): Kind {
  const type = defOf(unwrap(field)).type;
  return type === "array" ? "list" : type === "boolean" ? "boolean" : "value";
}

/** The object's fields, when the schema is (a wrapped) z.object, or an intersection of them. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  const def = defOf(unwrap(schema));
  if (def.type === "object" && def.shape) return def.shape;
  if (def.type === "intersection" && def.left && def.right) {
    const [left, right] = [shapeOf(def.left), shapeOf(def.right)];
    return left && right ? { ...left, ...right } : null;
  }
  return null;
}

const CHECKED = new Set(["on", "true", "1"]);

/** A form post as the object `schema` reads. Fields the schema does not name are left out. */
export function formObject(schema: z.ZodType, form: FormData): Record<string, unknown> {
  const shape = shapeOf(schema);
  if (!shape) return Object.fromEntries([...form.keys()].map((k) => [k, form.get(k)]));
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape)) {
    const kind = kindOf(field);
    if (kind === "list") out[name] = form.getAll(name);
    else if (kind === "boolean") {
      const v = form.get(name);
      out[name] = v === null ? false : typeof v === "string" && CHECKED.has(v) ? true : v === "false" ? false : v;
    } else out[name] = form.get(name) ?? undefined;
  }
  return out;
}

/** Fields never handed back to the page: Next.js's own, and secrets. */
const NOT_ECHOED = /^\$ACTION|^\$\d|password/i;

/** What was submitted, to show again: strings only (files cannot be put back into a file input), no passwords. */
export function formValues(form: FormData): FormValues {
  const out: FormValues = {};
  for (const name of new Set(form.keys())) {
    if (NOT_ECHOED.test(name)) continue;
    const values = form.getAll(name).filter((v): v is string => typeof v === "string");
    if (values.length) out[name] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** The same for a typed call: its string, number and boolean fields (and lists of them). */
export function inputValues(input: unknown): FormValues {
  if (!input || typeof input !== "object") return {};
  const out: FormValues = {};
  for (const [name, value] of Object.entries(input)) {
    if (NOT_ECHOED.test(name)) continue;
    const plain = (v: unknown) => (["string", "number", "boolean"].includes(typeof v) ? [String(v)] : []);
    const values = Array.isArray(value) ? value.flatMap(plain) : plain(value);
    if (Array.isArray(value)) out[name] = values;
    else if (values.length) out[name] = values[0]!;
  }
  return out;
}
