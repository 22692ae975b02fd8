import { type Quantity, tryParseQuantity } from '../src/core/quantity';
import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { type ResourceField, quantityText, resourceListOf } from '../src/resources/container-resources';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { containersOf } from '../src/resources/pod-spec';
import type { Resource } from '../src/resources/resource';

const NANO = 1_000_000_000n;
const BYTE_RESOURCES = new Set(['memory', 'ephemeral-storage']);
const MILLI_SUFFIX = /^(\d+(?:\.\d+)?)m$/;
const SMALL_BYTES = /^(\d+)(?:k|Ki)?$/;
const BARE_INTEGER = /^\d+$/;

export default createRule({
  id: 'no-suspicious-quantity',
  meta: {
    category: 'correctness',
    severity: 'warning',
    summary: 'Resource quantities must be plausible: no milli-bytes of memory, no memory below 1Mi, no CPU beyond any node.',
    rationale:
      'Quantities such as memory `128m` are legal but mean 0.128 bytes ("m" is milli, not mega); `memory: 512` ' +
      'is 512 bytes; `cpu: 500` is 500 cores, not 500 millicores. The API server accepts all of them, and the ' +
      'result is a container killed at start, or a pod that never schedules.',
    fix: 'write memory in Mi/Gi (128Mi) and CPU in cores or millicores (500m)',
    messages: {
      milliBytes: '{{subject}}{{resource}} {{value}} is {{human}} ("m" means milli, not mega){{hint}}',
      tinyMemory: '{{subject}}{{resource}} {{value}} is {{human}}, too little for any container{{hint}}',
      hugeCpu: '{{subject}}cpu {{value}} is {{human}}, more than {{max}}{{hint}}',
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxCpuCores: { type: 'number', exclusiveMinimum: 0 },
        minMemoryBytes: { type: 'integer', minimum: 0 },
      },
    },
    defaultOptions: { maxCpuCores: 64, minMemoryBytes: 1024 * 1024 },
    kinds: [...POD_SPEC_KINDS, 'LimitRange'],
  },
  check({ resource, options, report }) {
    const maxCpuNano = BigInt(Math.round(options.maxCpuCores * 1000)) * 1_000_000n;
    const minMemoryNano = BigInt(options.minMemoryBytes) * NANO;
    /** Checks a quantity; the subject and path are made (by `where`) for a finding only. */
    const inspect = (name: string, value: unknown, where: () => { subject: string; path: Path }) => {
      const q = tryParseQuantity(value);
      if (!q || q.nano <= 0n) return;
      if (name === 'cpu') {
        if (q.nano <= maxCpuNano) return;
        const { subject, path } = where();
        const text = quantityText(resource, path, value);
        const hint = BARE_INTEGER.test(text) ? `; did you mean ${text}m?` : '';
        report({ messageId: 'hugeCpu', data: { subject, resource: name, value: text, human: `${formatExact(q)} cores`, max: `${options.maxCpuCores} cores`, hint }, path });
        return;
      }
      if (!BYTE_RESOURCES.has(name)) return;
      if (q.nano % NANO !== 0n) {
        const { subject, path } = where();
        const text = quantityText(resource, path, value);
        const milli = MILLI_SUFFIX.exec(text);
        const hint = milli ? `; did you mean ${milli[1]}Mi?` : '';
        report({ messageId: 'milliBytes', data: { subject, resource: name, value: text, human: bytes(q), hint }, path });
        return;
      }
      if (name === 'memory' && q.nano < minMemoryNano) {
        const { subject, path } = where();
        const text = quantityText(resource, path, value);
        const small = SMALL_BYTES.exec(text);
        const hint = small ? `; did you mean ${small[1]}Mi?` : '';
        report({ messageId: 'tinyMemory', data: { subject, resource: name, value: text, human: bytes(q), hint }, path });
      }
    };

    if (resource.kind === 'LimitRange') {
      checkLimitRange(resource, inspect);
      return;
    }
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template);
    for (let i = 0; i < containers.length; i++) {
      const c = containers[i]!;
      for (const field of FIELDS) {
        const list = resourceListOf(c, field);
        for (const name of Object.keys(list)) {
          inspect(name, list[name], () => ({ subject: `container "${c.name}": `, path: [...c.path, 'resources', field, name] }));
        }
      }
    }
  },
});

type Inspect = (name: string, value: unknown, where: () => { subject: string; path: Path }) => void;

const FIELDS: readonly ResourceField[] = ['requests', 'limits'];

function checkLimitRange(resource: Resource, inspect: Inspect): void {
  const spec = isObject(resource.object.spec) ? resource.object.spec : {};
  asArray(spec.limits).forEach((item, i) => {
    if (!isObject(item) || item.type !== 'Container') return;
    for (const field of ['default', 'defaultRequest', 'max', 'min']) {
      const list = item[field];
      if (!isObject(list)) continue;
      for (const name of Object.keys(list)) inspect(name, list[name], () => ({ subject: `container ${field} `, path: ['spec', 'limits', i, field, name] }));
    }
  });
}

/** The exact value of a quantity in units, as a decimal (0.128, 512, 1.5). */
function formatExact(q: Quantity): string {
  const whole = q.nano / NANO;
  const fraction = q.nano % NANO;
  if (fraction === 0n) return whole.toString();
  return `${whole}.${fraction.toString().padStart(9, '0').replace(/0+$/, '')}`;
}

function bytes(q: Quantity): string {
  const text = formatExact(q);
  return `${text} ${text === '1' ? 'byte' : 'bytes'}`;
}
