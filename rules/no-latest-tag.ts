import { createRule } from '../src/engine/rule';
import { isMutableImage, parseImageRef } from '../src/resources/image-ref';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'no-latest-tag',
  meta: {
    category: 'best-practice',
    severity: 'warning',
    summary: 'Container images must be pinned to a version tag or digest, not `:latest` or no tag at all.',
    rationale:
      'An image without a tag means `:latest`. The tag moves, so two nodes may run different code under the same ' +
      'manifest, a rollback re-pulls the new image, and nothing in the manifest changes when the code does, so ' +
      'no rollout happens. A digest (`@sha256:…`) pins the image whatever the tag says.',
    fix: 'pin the image to a version tag (nginx:1.27.3) or a digest (nginx@sha256:<digest>)',
    messages: {
      noTag: 'container "{{container}}" uses image "{{image}}" without a tag, which pulls :latest',
      mutableTag: 'container "{{container}}" uses image "{{image}}" with the mutable tag ":{{tag}}"',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mutableTags: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      },
    },
    defaultOptions: { mutableTags: ['latest'] as string[] },
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, options, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const image = c.container.image;
      if (typeof image !== 'string' || image.trim() === '') continue;
      const ref = parseImageRef(image);
      if (!isMutableImage(ref, options.mutableTags)) continue;
      const path = [...c.path, 'image'];
      if (ref.tag === null || ref.tag === '') report({ messageId: 'noTag', data: { container: c.name, image }, path });
      else report({ messageId: 'mutableTag', data: { container: c.name, image, tag: ref.tag }, path });
    }
  },
});
