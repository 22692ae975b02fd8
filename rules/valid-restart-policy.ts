import { type RuleContext, createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, type PodTemplateView, asObject, isBuiltinGroup, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, type ContainerView, containersOf } from '../src/resources/pod-spec';
import type { KubeObject } from '../src/resources/resource';

/** Controllers whose pods run for good: the API server accepts only restartPolicy Always (the default). */
const ALWAYS_KINDS = new Set(['Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet']);

/** Fields the API server forbids on an init container that is not a sidecar (validateInitContainers). */
const SIDECAR_ONLY_FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

/** Container-level restartPolicy is a field from 1.28 (SidecarContainers alpha); before, the schema reports it as unknown. */
const FIELD_SINCE = 28;
/** SidecarContainers is on by default from 1.29 (beta); in 1.28 the API server drops an init container's restartPolicy. */
const SIDECARS_SINCE = 29;
/**
 * 1.34 adds Never and OnFailure to the schema's values (ContainerRestartRules, alpha and off by
 * default): the API server still rejects them, and restartPolicy on any container but an init
 * container. From 1.35 on the gate may be on by default, so nothing past 1.34 is reported.
 */
const RESTART_RULES_ALPHA = 34;

const JOB_FIX =
  'set restartPolicy: OnFailure (a failed container is restarted in place, in the same pod) or Never (each retry is a new pod; podFailurePolicy requires it)';

export default createRule({
  id: 'valid-restart-policy',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: "A pod template's restartPolicy must fit its controller, and only sidecar init containers may set a container restartPolicy.",
    rationale:
      'The API server checks restartPolicy against the controller, which a schema cannot express: a Deployment, ' +
      'ReplicaSet, ReplicationController, StatefulSet or DaemonSet accepts only Always (the default), a Job or a ' +
      "CronJob's Job only OnFailure or Never, and Never alone with a podFailurePolicy. A Job whose template omits " +
      'restartPolicy is rejected, because it defaults to Always. On a container, restartPolicy is accepted only on an ' +
      'init container and only as Always (a sidecar); lifecycle hooks and probes are accepted on an init container ' +
      'only when it is a sidecar. Before Kubernetes 1.29 sidecars are off by default and the API server drops an ' +
      'init container\'s restartPolicy: the sidecar becomes a plain init container, and one that never exits keeps ' +
      'the pod from starting.',
    fix: 'use the restartPolicy the controller accepts: Always for long-running workloads, OnFailure or Never for Jobs',
    messages: {
      controllerNotAlways: 'a {{kind}}\'s pods must restart Always: the API server rejects restartPolicy "{{value}}"',
      jobUnset:
        "a {{kind}}'s pods must set restartPolicy OnFailure or Never: unset, it defaults to Always, which the API server rejects for a {{kind}}",
      jobAlways: 'a {{kind}}\'s pods must run to completion: the API server rejects restartPolicy "Always" (supported: OnFailure, Never)',
      jobPodFailurePolicy: 'a {{kind}} with a podFailurePolicy must use restartPolicy Never: the API server rejects "OnFailure"',
      containerRestartPolicy:
        '{{what}} "{{container}}" sets restartPolicy "{{value}}": the API server rejects it (only an init container may set restartPolicy, to Always, which makes it a sidecar)',
      initRestartPolicy: 'init container "{{container}}" sets restartPolicy "{{value}}": on an init container the API server accepts only "Always" (a sidecar)',
      sidecarDropped:
        'init container "{{container}}" sets restartPolicy: Always, which Kubernetes {{version}} drops (sidecar containers are off by default before 1.29): it runs as a plain init container, and if it never exits the pod never starts',
      initSidecarOnly:
        'init container "{{container}}" sets {{field}}, which the API server rejects on an init container without restartPolicy: Always{{why}}',
    },
    refusals: [
      'controllerNotAlways', 'jobUnset', 'jobAlways', 'jobPodFailurePolicy', 'containerRestartPolicy', 'initRestartPolicy',
      'initSidecarOnly',
    ],
    defaultOptions: {},
    kinds: POD_SPEC_KINDS,
  },
  check({ resource, object, kubernetesVersion, kubernetesMinor, report }) {
    if (!isBuiltinGroup(resource.group)) return;
    const template = podTemplateOf(resource);
    // no pod spec at all: the schema reports the missing containers
    if (!template || !hasFields(template.spec)) return;
    const kind = resource.kind;
    const value = template.spec.restartPolicy;
    const at = [...template.specPath, 'restartPolicy'];
    // values outside Always, OnFailure and Never (and non-strings) are the schema's to report
    if (ALWAYS_KINDS.has(kind)) {
      if (value === 'Never' || value === 'OnFailure') {
        report({ messageId: 'controllerNotAlways', data: { kind, value }, path: at, fix: 'remove restartPolicy (it defaults to Always), or run the work as a Job if it should stop' });
      }
    } else if (kind === 'Job' || kind === 'CronJob') {
      if (value === undefined) {
        report({ messageId: 'jobUnset', data: { kind }, path: template.specPath, target: 'key', fix: JOB_FIX });
      } else if (value === null || value === '') {
        report({ messageId: 'jobUnset', data: { kind }, path: at, fix: JOB_FIX });
      } else if (value === 'Always') {
        report({ messageId: 'jobAlways', data: { kind }, path: at, fix: JOB_FIX });
      } else if (value === 'OnFailure' && isObject(jobSpecOf(object, template).podFailurePolicy)) {
        report({
          messageId: 'jobPodFailurePolicy',
          data: { kind },
          path: at,
          fix: 'set restartPolicy: Never (the podFailurePolicy judges failed pods, so each retry must be a new pod), or remove the podFailurePolicy',
        });
      }
    }
    checkContainers(template, kubernetesMinor, kubernetesVersion, report);
  },
});

type Report = RuleContext<object, 'containerRestartPolicy' | 'initRestartPolicy' | 'sidecarDropped' | 'initSidecarOnly'>['report'];

function checkContainers(template: PodTemplateView, minor: number, version: string, report: Report): void {
  for (const c of containersOf(template, ALL_CONTAINER_GROUPS)) {
    const value = c.container.restartPolicy;
    if (minor >= FIELD_SINCE && typeof value === 'string') {
      const at = [...c.path, 'restartPolicy'];
      if (c.group === 'containers') {
        // the schema takes Always (and from 1.34 Never and OnFailure) and rejects the rest itself
        const schemaAccepts = value === 'Always' || (minor >= RESTART_RULES_ALPHA && (value === 'Never' || value === 'OnFailure'));
        if (schemaAccepts && minor <= RESTART_RULES_ALPHA) {
          report({ messageId: 'containerRestartPolicy', data: { what: 'container', container: c.name, value }, path: at, fix: 'remove restartPolicy from the container, or move it to initContainers to run it as a sidecar' });
        }
      } else if (c.group === 'ephemeralContainers') {
        report({ messageId: 'containerRestartPolicy', data: { what: 'ephemeral container', container: c.name, value }, path: at, fix: 'remove restartPolicy from the ephemeral container' });
      } else if (value === 'Always') {
        if (minor < SIDECARS_SINCE) {
          report({
            messageId: 'sidecarDropped',
            data: { container: c.name, version },
            path: at,
            severity: 'warning',
            fix: 'target Kubernetes 1.29 or later (or enable the SidecarContainers feature gate), or run the sidecar as a regular container',
          });
        }
      } else if (minor === RESTART_RULES_ALPHA && (value === 'Never' || value === 'OnFailure')) {
        report({
          messageId: 'initRestartPolicy',
          data: { container: c.name, value },
          path: at,
          fix: 'remove restartPolicy to run the init container to completion before the app containers, or set it to Always to make it a sidecar',
        });
      }
    }
    if (c.group === 'initContainers') checkSidecarOnlyFields(c, value === 'Always', minor, report);
  }
}

/** Lifecycle hooks and probes on an init container the API server does not take for a sidecar. */
function checkSidecarOnlyFields(c: ContainerView, restartsAlways: boolean, minor: number, report: Report): void {
  if (restartsAlways && minor >= SIDECARS_SINCE) return;
  for (const field of SIDECAR_ONLY_FIELDS) {
    const v = c.container[field];
    if (v === undefined || v === null) continue;
    const why = restartsAlways ? ' (before Kubernetes 1.29 the API server ignores restartPolicy on init containers)' : '';
    report({
      messageId: 'initSidecarOnly',
      data: { container: c.name, field, why },
      path: [...c.path, field],
      target: 'key',
      fix: restartsAlways
        ? `remove ${field}, or target Kubernetes 1.29 or later`
        : `remove ${field}, or set restartPolicy: Always to make the init container a sidecar that runs beside the app containers`,
    });
  }
}

/** The Job spec that holds the pod template: the Job's spec, or a CronJob's jobTemplate.spec. */
function jobSpecOf(object: KubeObject, template: PodTemplateView): KubeObject {
  let holder: unknown = object;
  const path = template.path;
  for (let i = 0; i < path.length - 1; i++) holder = asObject(holder)[path[i] as string];
  return asObject(holder);
}

function hasFields(object: KubeObject): boolean {
  for (const _ in object) return true;
  return false;
}
