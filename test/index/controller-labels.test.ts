import { describe, expect, it } from 'vitest';
import { controllerSetsLabel, podLabelsFor } from '../../src/index/controller-labels';
import { parseInputs } from '../../src/resources/parse-inputs';

const [sts, job, manual, deploy] = parseInputs([
  {
    file: 'm.yaml',
    text: [
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: { name: web }\nspec: { ordinals: { start: 2 } }',
      'apiVersion: batch/v1\nkind: Job\nmetadata: { name: once }\nspec: {}',
      'apiVersion: batch/v1\nkind: Job\nmetadata: { name: manual }\nspec: { manualSelector: true }',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: {}',
    ].join('\n---\n'),
  },
]).resources;

describe('controller labels', () => {
  it('knows the StatefulSet pod name and index (from spec.ordinals.start on) and the Job name', () => {
    expect(controllerSetsLabel(sts!, 'statefulset.kubernetes.io/pod-name', 'web-2')).toBe(true);
    expect(controllerSetsLabel(sts!, 'statefulset.kubernetes.io/pod-name', 'web-1')).toBe(false);
    expect(controllerSetsLabel(sts!, 'statefulset.kubernetes.io/pod-name', 'web-02')).toBe(false);
    expect(controllerSetsLabel(sts!, 'statefulset.kubernetes.io/pod-name', 'webx-2')).toBe(false);
    expect(controllerSetsLabel(sts!, 'apps.kubernetes.io/pod-index', '7')).toBe(true);
    expect(controllerSetsLabel(job!, 'batch.kubernetes.io/job-name', 'once')).toBe(true);
    expect(controllerSetsLabel(job!, 'job-name', 'other')).toBe(false);
    expect(controllerSetsLabel(manual!, 'job-name', 'manual')).toBe(false);
    expect(controllerSetsLabel(deploy!, 'statefulset.kubernetes.io/pod-name', 'web-0')).toBe(false);
  });

  it('fills in only what the selector asks about, and returns the template labels untouched otherwise', () => {
    const labels = { app: 'web' };
    expect(podLabelsFor(sts!, labels, { matchLabels: { app: 'web' }, expressions: [] })).toBe(labels);
    expect(
      podLabelsFor(sts!, labels, {
        matchLabels: { 'statefulset.kubernetes.io/pod-name': 'web-3' },
        expressions: [{ key: 'apps.kubernetes.io/pod-index', operator: 'In', values: ['x', '3'] }],
      }),
    ).toEqual({ app: 'web', 'statefulset.kubernetes.io/pod-name': 'web-3', 'apps.kubernetes.io/pod-index': '3' });
  });
});
