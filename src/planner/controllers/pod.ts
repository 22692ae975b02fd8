/**
 * A bare Pod: created once through admission (a rejection is the API server's error and no pod),
 * then scheduled — or, with spec.nodeName, checked by the kubelet only.
 */
import { asObject } from '../../resources/kinds';
import type { KubeObject } from '../../resources/resource';
import type { ClusterState, Controller, SimPod } from '../cluster-state';
import { templateLabels } from '../cluster-state';
import { templateKey } from '../defaults';

export class SimBarePod implements Controller {
  readonly kind = 'Pod';
  readonly key: string;
  pod: SimPod | null = null;
  createError: string | null = null;
  private attempted = false;

  constructor(
    readonly namespace: string,
    readonly name: string,
    private readonly object: KubeObject,
  ) {
    this.key = `Pod/${namespace}/${name}`;
  }

  adopt(pod: SimPod): void {
    this.pod = pod;
    this.attempted = true;
  }

  expectedScale(): null {
    return null;
  }

  /** A preempted pod is gone for good: nothing recreates a bare pod. */
  forget(pod: SimPod): void {
    if (this.pod === pod) this.pod = null;
  }

  sync(state: ClusterState): boolean {
    if (this.attempted) return false;
    this.attempted = true;
    const template = { metadata: this.object.metadata, spec: this.object.spec };
    const admitted = state.admitTemplate(this.namespace, templateLabels(template), asObject(this.object.spec), null);
    if ('error' in admitted) return this.fail(state, state.formatAdmissionError(admitted.error, this.name));
    const result = state.createPod({
      namespace: this.namespace,
      name: this.name,
      labels: templateLabels(template),
      admitted,
      owner: null,
      controller: this,
      revision: templateKey(template),
    });
    if (typeof result === 'string') return this.fail(state, result);
    this.pod = result;
    return true;
  }

  private fail(state: ClusterState, error: string): false {
    this.createError = error;
    state.problem('error', 'Forbidden', 'Pod', this.namespace, this.name, error);
    return false;
  }

  destroy(state: ClusterState): void {
    if (this.pod) state.deletePod(this.pod);
    this.pod = null;
  }
}
