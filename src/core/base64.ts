/**
 * Standard base64 as Go's encoding/base64 (StdEncoding) decodes it, which is how the API server
 * reads a `[]byte` field such as Secret data or ConfigMap binaryData: CR and LF are ignored,
 * padding is required, nothing else is allowed.
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const LINE_BREAKS = /[\r\n]/g;

export function isBase64(text: string): boolean {
  return BASE64.test(text.replace(LINE_BREAKS, ''));
}

/** The number of bytes a text decodes to, or undefined when it is not base64 (see isBase64). */
export function base64Length(text: string): number | undefined {
  const compact = text.replace(LINE_BREAKS, '');
  if (!BASE64.test(compact)) return undefined;
  const padding = compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0;
  return (compact.length / 4) * 3 - padding;
}

/** The bytes a text decodes to, or undefined when it is not base64 (see isBase64). */
export function decodeBase64(text: string): Uint8Array | undefined {
  const compact = text.replace(LINE_BREAKS, '');
  if (!BASE64.test(compact)) return undefined;
  const binary = atob(compact);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
