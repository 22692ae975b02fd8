/**
 * Job controller (k8s pkg/controller/job), happy path: active = min(parallelism, completions −
 * succeeded), so `completions` pods run in ceil(completions / parallelism) waves; without
 * completions (work queue) `parallelism` pods run until one succeeds; a suspended Job runs none.
 * A pod that was bound in an earlier round has run to completion (Succeeded) when the next sync
 * starts. Pod names: `<job>-<n>`, Indexed Jobs `<job>-<index>-<n>`.
 * CronJobs create no pods in a plan: nothing runs until the schedule fires.
 */
import { asObject } from '../../resources/kinds';
import type { KubeObject } from '../../resources/resource';
import type { ClusterState, Controller, SimPod, TemplateAdmission } from '../cluster-state';
import { templateLabels } from '../cluster-state';
import { templateKey } from '../defaults';

export interface JobSpec {
  completions: number | null;
  parallelism: number;
  indexed: boolean;
  suspend: boolean;
  template: KubeObject;
}

export function readJobSpec(object: KubeObject): JobSpec {
  const spec = asObject(object.spec);
  const completions = typeof spec.completions === 'number' ? spec.completions : null;
  const parallelism = typeof spec.parallelism === 'number' ? spec.parallelism : 1;
  return {
    completions,
    parallelism,
    indexed: spec.completionMode === 'Indexed',
    suspend: spec.suspend === true,
    template: asObject(spec.template),
  };
}

export class SimJob implements Controller {
  readonly kind = 'Job';
  readonly key: string;
  readonly pods = new Set<SimPod>();
  /** Waves: the pods created by each sync that created some. */
  readonly waves: string[][] = [];
  succeeded = 0;
  private readonly succeededIndexes = new Set<number>();
  private admitted: { epoch: number; result: TemplateAdmission } | null = null;
  private readonly nextSuffix = new Map<number | null, number>();
  createError: string | null = null;

  constructor(
    readonly namespace: string,
    readonly name: string,
    public spec: JobSpec,
    readonly owner: string,
  ) {
    this.key = `Job/${namespace}/${name}`;
  }

  get templateKey(): string {
    return templateKey(this.spec.template);
  }

  /** Only waves created while recording (the plan's own), not the current state's. */
  recording = false;

  /** A finished Job of the current state (status.succeeded ≥ completions) runs nothing again. */
  markSucceeded(count: number): void {
    this.succeeded = count;
  }

  adopt(pod: SimPod): void {
    this.pods.add(pod);
    if (pod.phase === 'Succeeded') this.succeeded++;
  }

  isComplete(): boolean {
    if (this.spec.completions === null) return this.succeeded > 0 && this.active().length === 0;
    return this.succeeded >= this.spec.completions;
  }

  private active(): SimPod[] {
    return [...this.pods].filter((p) => p.phase !== 'Succeeded');
  }

  expectedScale(): null {
    return null;
  }

  forget(pod: SimPod): void {
    this.pods.delete(pod);
  }

  sync(state: ClusterState): boolean {
    let changed = false;
    for (const pod of this.pods) {
      if (pod.phase === 'Running' && pod.boundRound < state.round) {
        state.completePod(pod);
        this.succeeded++;
        if (pod.ordinal !== null) this.succeededIndexes.add(pod.ordinal);
        changed = true;
      }
    }
    if (this.spec.suspend || this.isComplete()) return changed;
    const active = this.active();
    let wanted: number;
    if (this.spec.completions === null) wanted = this.succeeded > 0 ? 0 : this.spec.parallelism;
    else wanted = Math.min(this.spec.parallelism, this.spec.completions - this.succeeded);
    const toCreate = wanted - active.length;
    if (toCreate <= 0) return changed;
    const wave: string[] = [];
    const activeIndexes = new Set(active.map((p) => p.ordinal));
    for (let i = 0; i < toCreate; i++) {
      let index: number | null = null;
      if (this.spec.indexed) {
        index = 0;
        while (this.succeededIndexes.has(index) || activeIndexes.has(index)) index++;
        activeIndexes.add(index);
      }
      const pod = this.createPod(state, index);
      if (!pod) break;
      wave.push(pod.name);
      changed = true;
    }
    if (wave.length > 0 && this.recording) this.waves.push(wave);
    return changed;
  }

  private createPod(state: ClusterState, index: number | null): SimPod | null {
    if (this.admitted?.epoch !== state.epoch) {
      this.admitted = {
        epoch: state.epoch,
        result: state.admitTemplate(this.namespace, this.labels(null), asObject(this.spec.template.spec), null),
      };
    }
    const admitted = this.admitted.result;
    const prefix = index === null ? this.name : `${this.name}-${index}`;
    let suffix = this.nextSuffix.get(index) ?? 0;
    while (state.nameInUse(this.namespace, `${prefix}-${suffix}`)) suffix++;
    const name = `${prefix}-${suffix}`;
    if ('error' in admitted) return this.failCreate(state, state.formatAdmissionError(admitted.error, name));
    const result = state.createPod({
      namespace: this.namespace,
      name,
      labels: this.labels(index),
      admitted,
      owner: this.owner,
      controller: this,
      revision: this.templateKey,
      ...(index === null ? {} : { ordinal: index }),
    });
    if (typeof result === 'string') return this.failCreate(state, result);
    this.nextSuffix.set(index, suffix + 1);
    if (this.createError !== null) state.clearProblem('FailedCreate', 'Job', this.namespace, this.name);
    this.createError = null;
    this.pods.add(result);
    return result;
  }

  private labels(index: number | null): Record<string, string> {
    const labels: Record<string, string> = {
      ...templateLabels(this.spec.template),
      'batch.kubernetes.io/job-name': this.name,
      'job-name': this.name,
    };
    if (index !== null) labels['batch.kubernetes.io/job-completion-index'] = String(index);
    return labels;
  }

  private failCreate(state: ClusterState, error: string): null {
    this.createError = error;
    state.problem('error', 'FailedCreate', 'Job', this.namespace, this.name, `Error creating: ${error}`, true);
    return null;
  }

  destroy(state: ClusterState): void {
    for (const pod of this.pods) state.deletePod(pod);
    this.pods.clear();
  }
}
