import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, type ContainerView, containersOf } from '../src/resources/pod-spec';
import { PROBE_FIELDS, PROBE_HANDLERS, type ProbeField } from '../src/resources/probes';
import type { KubeObject } from '../src/resources/resource';

const PROBE_NAMES: Readonly<Record<ProbeField, string>> = { livenessProbe: 'liveness', readinessProbe: 'readiness', startupProbe: 'startup' };
const HOOKS = ['postStart', 'preStop'] as const;
/** What an ephemeral container may not have. */
const EPHEMERAL_FORBIDDEN: readonly string[] = [...PROBE_FIELDS, 'lifecycle'];

/** A lifecycle hook's handlers, in the API server's order as PROBE_HANDLERS. */
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;
/** Every field of a Probe and of a LifecycleHandler: another key is an unknown field, the schema's finding. */
const PROBE_FIELDS_KNOWN = new Set<string>([
  ...PROBE_HANDLERS,
  'initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold', 'terminationGracePeriodSeconds',
]);
const HOOK_FIELDS_KNOWN = new Set<string>(HOOK_HANDLERS);
/** The handlers a missing one is asked for: the kubelet runs no tcpSocket hook. */
const SUGGESTED = { probe: PROBE_HANDLERS.join(', '), hook: 'exec, httpGet, sleep' } as const;
/** The counts and durations validateProbe checks as non-negative (0 is allowed: the API server defaults it, or it means none). */
const NON_NEGATIVE = ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold'] as const;
/** The pod's terminationGracePeriodSeconds when the manifest leaves it out. */
const DEFAULT_GRACE_PERIOD = 30;
/** The first minor version whose API server accepts a zero sleep (PodLifecycleSleepActionAllowZero, beta and on). */
const SLEEP_ZERO_SINCE = 33;

export default createRule({
  id: 'valid-probe',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Probes and lifecycle hooks have exactly one handler and settings the API server accepts.',
    rationale:
      "The API server validates probes and lifecycle hooks beyond what their schema says, and rejects the pod (or the " +
      'Deployment, Job or other workload holding its template) on apply: a probe or hook with no handler or with two ' +
      '(exec, httpGet, tcpSocket, grpc, sleep), a liveness or startup probe with a successThreshold other than 1 (often ' +
      'copied from a readiness probe), negative counts and delays, terminationGracePeriodSeconds on a readiness probe ' +
      "or not above 0, a preStop sleep longer than the pod's grace period, and probes or hooks on ephemeral containers. " +
      'A tcpSocket hook is accepted but never runs: the kubelet does not support it, so the hook fails every time.',
    fix: 'give each probe and hook one handler, keep successThreshold at 1 on liveness and startup probes, and use non-negative values',
    messages: {
      noHandler: '{{what}} of container "{{container}}" has no handler: set one of {{handlers}}',
      manyHandlers: '{{what}} of container "{{container}}" sets {{handler}} beside {{first}}: a {{kind}} may have only one handler',
      successThreshold: '{{what}} of container "{{container}}" has successThreshold {{value}}, but liveness and startup probes require 1 (only a readiness probe may need several successes)',
      negative: '{{what}} of container "{{container}}" has {{field}} {{value}}: it must not be negative',
      readinessGracePeriod: 'readiness probe of container "{{container}}" sets terminationGracePeriodSeconds, which only liveness and startup probes may set',
      gracePeriod: '{{what}} of container "{{container}}" has terminationGracePeriodSeconds {{value}}: it must be greater than 0',
      sleepBelow: '{{what}} of container "{{container}}" sleeps {{value}} seconds: the sleep must be {{bound}}',
      sleepTooLong: "{{what}} of container \"{{container}}\" sleeps {{value}} seconds, longer than the pod's terminationGracePeriodSeconds ({{grace}})",
      hookTcpSocket: '{{what}} of container "{{container}}" uses tcpSocket, which the kubelet does not run as a hook: the hook fails every time',
      ephemeral: 'ephemeral container "{{container}}" sets {{field}}: probes and lifecycle hooks cannot be set for ephemeral containers',
    },
    refusals: ['noHandler', 'manyHandlers', 'successThreshold', 'negative', 'readinessGracePeriod', 'gracePeriod', 'sleepBelow', 'ephemeral'],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, kubernetesMinor: minor, report }) {
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    if (!containers.some(hasProbeOrHook)) return;
    const grace = gracePeriodOf(template.spec);

    for (const c of containers) {
      // Probes and hooks on a plain init container are rejected too: valid-restart-policy's finding, not ours.
      if (c.group === 'initContainers' && !c.sidecar) continue;
      const container = c.container;
      if (c.group === 'ephemeralContainers') {
        for (const field of EPHEMERAL_FORBIDDEN) {
          if (container[field] !== undefined && container[field] !== null) {
            const fix = `remove ${field} from the ephemeral container (a debugging container is not probed)`;
            report({ messageId: 'ephemeral', data: { container: c.name, field }, path: [...c.path, field], target: 'key', fix });
          }
        }
        continue;
      }

      for (const field of PROBE_FIELDS) {
        const probe = container[field];
        if (!isObject(probe)) continue;
        const at: Path = [...c.path, field];
        const data = { what: `${PROBE_NAMES[field]} probe`, container: c.name };
        checkHandlers(probe, PROBE_HANDLERS, PROBE_FIELDS_KNOWN, 'probe', at, data);

        const successThreshold = probe.successThreshold;
        const mustBeOne = field !== 'readinessProbe' && isInteger(successThreshold) && successThreshold !== 0 && successThreshold !== 1;
        if (mustBeOne) {
          const fix = 'set successThreshold: 1 (or leave it out); to wait for several successes, use a readiness probe';
          report({ messageId: 'successThreshold', data: { ...data, value: successThreshold }, path: [...at, 'successThreshold'], fix });
        }
        for (const key of NON_NEGATIVE) {
          const value = probe[key];
          if (key === 'successThreshold' && mustBeOne) continue; // one finding for one value
          if (isInteger(value) && value < 0) {
            report({ messageId: 'negative', data: { ...data, field: key, value }, path: [...at, key], fix: `use 0 or more for ${key} (0 or leaving it out gives the default)` });
          }
        }

        const probeGrace = probe.terminationGracePeriodSeconds;
        if (field === 'readinessProbe' && isInteger(probeGrace)) {
          const fix = 'remove terminationGracePeriodSeconds from the readiness probe (a failing readiness probe never kills the container)';
          report({ messageId: 'readinessGracePeriod', data, path: [...at, 'terminationGracePeriodSeconds'], target: 'key', fix });
        } else if (isInteger(probeGrace) && probeGrace <= 0) {
          const fix = "set a positive terminationGracePeriodSeconds, or leave it out to use the pod's";
          report({ messageId: 'gracePeriod', data: { ...data, value: probeGrace }, path: [...at, 'terminationGracePeriodSeconds'], fix });
        }
      }

      const lifecycle = container.lifecycle;
      if (!isObject(lifecycle)) continue;
      for (const hook of HOOKS) {
        const handler = lifecycle[hook];
        if (!isObject(handler)) continue;
        const at: Path = [...c.path, 'lifecycle', hook];
        const data = { what: `${hook} hook`, container: c.name };
        const present = checkHandlers(handler, HOOK_HANDLERS, HOOK_FIELDS_KNOWN, 'hook', at, data);
        if (present.length !== 1) continue;
        if (present[0] === 'tcpSocket') {
          const fix = 'use an httpGet or exec hook instead of tcpSocket';
          report({ messageId: 'hookTcpSocket', data, path: [...at, 'tcpSocket'], target: 'key', severity: 'warning', fix });
        }
        if (present[0] === 'sleep' && isObject(handler.sleep)) checkSleep(handler.sleep.seconds, [...at, 'sleep', 'seconds'], data);
      }
    }

    /**
     * Reports a handler that is missing or not alone; returns the handlers present, in the API server's order.
     * With no handler but an unknown key (a misspelt `httpget`), the schema's unknown-field finding says it all.
     */
    function checkHandlers(
      spec: KubeObject,
      handlers: readonly string[],
      known: ReadonlySet<string>,
      kind: 'probe' | 'hook',
      at: Path,
      data: { what: string; container: string },
    ): string[] {
      const present = handlers.filter((h) => spec[h] !== undefined && spec[h] !== null);
      if (present.length === 0) {
        if (Object.keys(spec).every((k) => known.has(k))) {
          const fix = `give the ${kind} one handler (${SUGGESTED[kind]}), or remove it`;
          report({ messageId: 'noHandler', data: { ...data, handlers: SUGGESTED[kind] }, path: at, target: 'key', fix });
        }
      }
      for (let i = 1; i < present.length; i++) {
        const fix = `keep one handler: remove ${present[i]!} or ${present[0]!}`;
        report({ messageId: 'manyHandlers', data: { ...data, handler: present[i]!, first: present[0]!, kind }, path: [...at, present[i]!], target: 'key', fix });
      }
      return present;
    }

    /** validateSleepAction: 0 < seconds (0 allowed since 1.33) and seconds ≤ the pod's terminationGracePeriodSeconds. */
    function checkSleep(seconds: unknown, at: Path, data: { what: string; container: string }): void {
      if (!isInteger(seconds)) return;
      if (seconds < 0 || (seconds === 0 && minor < SLEEP_ZERO_SINCE)) {
        const bound = minor < SLEEP_ZERO_SINCE ? 'greater than 0' : 'zero or more';
        report({ messageId: 'sleepBelow', data: { ...data, value: seconds, bound }, path: at, fix: `sleep ${minor < SLEEP_ZERO_SINCE ? 'at least 1 second' : '0 seconds or more'}, or remove the hook` });
      } else if (grace !== undefined && seconds > grace.seconds) {
        const text = grace.defaulted ? `${grace.seconds}, the default` : String(grace.seconds);
        const fix = `sleep at most ${grace.seconds} seconds, or raise the pod's terminationGracePeriodSeconds to ${seconds} or more`;
        report({ messageId: 'sleepTooLong', data: { ...data, value: seconds, grace: text }, path: at, fix });
      }
    }
  },
});

function hasProbeOrHook(c: ContainerView): boolean {
  const container = c.container;
  return isObject(container.livenessProbe) || isObject(container.readinessProbe) || isObject(container.startupProbe) || isObject(container.lifecycle);
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** The pod's grace period after defaulting; undefined when it is not a usable number (the schema reports a wrong type). */
function gracePeriodOf(spec: KubeObject): { seconds: number; defaulted: boolean } | undefined {
  const value = spec.terminationGracePeriodSeconds;
  if (value === undefined || value === null) return { seconds: DEFAULT_GRACE_PERIOD, defaulted: true };
  return isInteger(value) && value >= 0 ? { seconds: value, defaulted: false } : undefined;
}
