import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Length, decodeBase64, isBase64 } from '../../src/core/base64';

describe('base64 as Go StdEncoding reads it', () => {
  it.each([
    ['', true, 0],
    ['aGVsbG8=', true, 5],
    ['aGVsbA==', true, 4],
    ['aGVs', true, 3],
    ['aGVs\nbG8=\r\n', true, 5],
    ['aGVsbG8', false, undefined], // no padding
    ['aGVs bG8=', false, undefined], // a space is not ignored
    ['aGVsbG8-', false, undefined], // URL alphabet
    ['a===', false, undefined],
    ['=', false, undefined],
  ])('%j: valid %s, %s bytes', (text, valid, length) => {
    expect(isBase64(text)).toBe(valid);
    expect(base64Length(text)).toBe(length);
    expect(decodeBase64(text)?.length).toBe(length);
  });

  it('decodes to the bytes encoded', () => {
    expect([...decodeBase64('AP8Q')!]).toEqual([0, 255, 16]);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = Buffer.from(bytes).toString('base64');
        expect(isBase64(text)).toBe(true);
        expect(base64Length(text)).toBe(bytes.length);
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });
});
