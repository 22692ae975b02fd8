import { describe, expect, it } from 'vitest';
import { isMutableImage, parseImageRef } from '../../src/resources/image-ref';

describe('parseImageRef', () => {
  it.each([
    ['nginx', { registry: null, repository: 'nginx', tag: null, digest: null }],
    ['nginx:1.27', { registry: null, repository: 'nginx', tag: '1.27', digest: null }],
    ['library/nginx:latest', { registry: null, repository: 'library/nginx', tag: 'latest', digest: null }],
    ['registry:5000/app', { registry: 'registry:5000', repository: 'app', tag: null, digest: null }],
    ['registry:5000/team/app:v2', { registry: 'registry:5000', repository: 'team/app', tag: 'v2', digest: null }],
    ['ghcr.io/org/app@sha256:abcd', { registry: 'ghcr.io', repository: 'org/app', tag: null, digest: 'sha256:abcd' }],
    ['ghcr.io/org/app:1.0@sha256:abcd', { registry: 'ghcr.io', repository: 'org/app', tag: '1.0', digest: 'sha256:abcd' }],
    ['localhost/app:dev', { registry: 'localhost', repository: 'app', tag: 'dev', digest: null }],
  ])('%s', (image, expected) => {
    expect(parseImageRef(image)).toEqual(expected);
  });
});

describe('isMutableImage', () => {
  it.each([
    ['nginx', true],
    ['nginx:latest', true],
    ['registry:5000/app', true],
    ['registry:5000/app:1.0', false],
    ['nginx@sha256:abcd', false],
    ['nginx:latest@sha256:abcd', false],
    ['nginx:1.27', false],
  ])('%s → %s', (image, mutable) => {
    expect(isMutableImage(parseImageRef(image))).toBe(mutable);
  });

  it('honours extra mutable tags', () => {
    expect(isMutableImage(parseImageRef('app:main'), ['latest', 'main'])).toBe(true);
  });
});
