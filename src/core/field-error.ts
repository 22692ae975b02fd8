/**
 * A field error as the API server reports it in an Invalid status (`details.causes`): the field and
 * what is wrong with it, e.g. `spec.replicas` and `Invalid value: -1: must be greater than or equal to 0`.
 */
export interface FieldError {
  /** The dotted path of the field; empty for the whole object. */
  readonly field: string;
  readonly message: string;
}

/** `field: message`, as `field.Error` prints it; the message alone when it already starts with the field. */
export function formatFieldError(error: FieldError): string {
  return error.field === '' || error.message.startsWith(error.field) ? error.message : `${error.field}: ${error.message}`;
}

/** `spec.replicas: Invalid value: -1: …` → its field and message (for errors whose field holds no `: `). */
export function parseFieldError(text: string): FieldError {
  const colon = text.indexOf(': ');
  return colon < 0 ? { field: '', message: text } : { field: text.slice(0, colon), message: text.slice(colon + 2) };
}
