import { createRule } from '../src/engine/rule';
import { isMutableImage, parseImageRef } from '../src/resources/image-ref';
import { POD_SPEC_KINDS, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';

export default createRule({
  id: 'require-image-pull-policy',
  meta: {
    category: 'best-practice',
    severity: 'warning',
    summary: 'Containers should set imagePullPolicy explicitly, and never IfNotPresent or Never for a moving tag; off by default.',
    rationale:
      'The default pull policy depends on the image reference (Always for :latest or no tag, IfNotPresent ' +
      'otherwise), so retagging an image silently changes how it is pulled. With IfNotPresent or Never, a ' +
      ':latest image is whatever each node pulled first: nodes run different code and a new push never arrives.',
    fix: 'set imagePullPolicy: IfNotPresent for pinned images (a version tag or a digest), and Always for moving tags',
    messages: {
      missing: 'container "{{container}}" does not set imagePullPolicy (it defaults to {{default}} for image "{{image}}")',
      staleMutable: 'container "{{container}}" pulls "{{image}}" with imagePullPolicy {{policy}}: nodes keep whatever version of the tag they pulled first',
    },
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
    optIn: true,
  },
  check({ resource, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template);
    for (let ci = 0; ci < containers.length; ci++) {
      const c = containers[ci]!;
      const image = c.container.image;
      if (typeof image !== 'string' || image === '') continue;
      const mutable = isMutableImage(parseImageRef(image));
      const policy = c.container.imagePullPolicy;
      if (policy === undefined || policy === null) {
        const path = typeof c.container.name === 'string' ? [...c.path, 'name'] : c.path;
        report({ messageId: 'missing', data: { container: c.name, image, default: mutable ? 'Always' : 'IfNotPresent' }, path });
      } else if (mutable && (policy === 'IfNotPresent' || policy === 'Never')) {
        report({ messageId: 'staleMutable', data: { container: c.name, image, policy }, path: [...c.path, 'imagePullPolicy'] });
      }
    }
  },
});
