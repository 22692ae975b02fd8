import { describe, expect, it } from 'vitest';
import { joinInParts } from '../../src/formatters/join-in-parts';

describe('joinInParts', () => {
  it('prints every piece followed by the separator, in parts of about 64K characters cut between pieces', () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `piece ${i} ${'x'.repeat(i % 90)}`);
    const parts = [...joinInParts(pieces, '\n\n')];
    expect(parts.join('')).toBe(pieces.map((p) => `${p}\n\n`).join(''));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.at(-1)).toMatch(/^piece \d+ x*\n\n[^]*piece 2999 x*\n\n$/);
    for (const part of parts.slice(0, -1)) {
      expect(part).toMatch(/^piece \d+ x*\n\n[^]*\n\n$/);
      // about 64K characters: 64K of pieces at most one piece over, and their separators
      expect(part.length).toBeLessThan((1 << 16) + 200 + 2 * 2000);
      expect(part.length).toBeGreaterThan(1 << 16);
    }
  });

  it('prints nothing for no pieces, and a lone piece as it is when there is no separator', () => {
    expect([...joinInParts([])]).toEqual([]);
    expect([...joinInParts(['only'])]).toEqual(['only']);
  });
});
