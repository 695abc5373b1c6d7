/**
 * An expected business failure, reported to the caller instead of thrown: `code` is stable (clients
 * branch on it), `field` is the dotted path of the input at fault (e.g. "scores.A"), or null.
 */
export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

/** What a use case returns: its result when it succeeded, else null and at least one user error. */
export interface Outcome<T> {
  result: T | null;
  userErrors: UserError[];
}

export function userError(code: string, field: string | null, message: string): UserError {
  return { field, code, message };
}

export function failed<T>(...userErrors: UserError[]): Outcome<T> {
  return { result: null, userErrors };
}

export function succeeded<T>(result: T): Outcome<T> {
  return { result, userErrors: [] };
}
