import type { Path } from '../core/types';
import { type PodTemplateView, asArray, asObject, isObject } from './kinds';
import { ALL_CONTAINER_GROUPS, type ContainerView, containersOf } from './pod-spec';
import type { KubeObject } from './resource';
import { LastEntryCache } from '../core/last-entry-cache';

/** A security setting and where it is written: on the container, or on the pod as its default. */
export interface Setting<T> {
  readonly value: T;
  /** Path of the value in the object. */
  readonly path: Path;
  readonly level: 'container' | 'pod';
}

export interface CapabilityEntry {
  /** Normalised: upper case, without the `CAP_` prefix (as container runtimes read it). */
  readonly name: string;
  /** Path of the list entry in the object. */
  readonly path: Path;
}

/** One container's security settings, with the pod-level defaults Kubernetes applies to it. */
export interface ContainerSecurity {
  readonly container: ContainerView;
  /** The container's own securityContext ({} when absent). */
  readonly context: KubeObject;
  /** runAsNonRoot: container, else pod. */
  readonly runAsNonRoot: Setting<boolean> | undefined;
  /** runAsUser: container, else pod. */
  readonly runAsUser: Setting<number> | undefined;
  /** seccompProfile.type: container, else pod. */
  readonly seccompProfileType: Setting<string> | undefined;
  /** windowsOptions.runAsUserName: container, else pod (field by field, as the kubelet merges it). */
  readonly windowsRunAsUserName: Setting<string> | undefined;
  readonly capabilitiesAdded: readonly CapabilityEntry[];
  readonly capabilitiesDropped: readonly CapabilityEntry[];
  /**
   * Where to report a container-level setting: `securityContext.<field>` as deep as it is written,
   * else the container itself. So a finding's path always exists in the manifest.
   */
  reportPath(...field: string[]): Path;
}

/**
 * The effective security settings of every container of a pod spec (app, init and ephemeral
 * containers): the container's securityContext, falling back to the pod's where Kubernetes does
 * (runAsNonRoot, runAsUser, seccompProfile, windowsOptions).
 */
export function buildSecurityContexts(template: PodTemplateView): readonly ContainerSecurity[] {
  const containers = containersOf(template, ALL_CONTAINER_GROUPS);
  const podContext = template.spec.securityContext;
  const cached = securityContexts.get(containers);
  if (cached && cached.podContext === podContext) return cached.list;
  const pod: PodSecurity = { context: asObject(podContext), specPath: template.specPath };
  const list = containers.map((view) => new LazyContainerSecurity(view, pod));
  securityContexts.set(containers, { podContext, list });
  return list;
}

/**
 * Eight rules read the security settings of every container: they are kept for the last list of
 * container views and pod securityContext.
 */
const securityContexts = new LastEntryCache<readonly ContainerView[], { podContext: unknown; list: readonly ContainerSecurity[] }>();

interface PodSecurity {
  readonly context: KubeObject;
  readonly specPath: Path;
}

/**
 * Settings are worked out when a rule first reads them: most rules read one or two of them, and
 * eight rules build these for every container of every workload.
 */
class LazyContainerSecurity implements ContainerSecurity {
  readonly context: KubeObject;
  #runAsNonRoot: Setting<boolean> | undefined | null = null;
  #runAsUser: Setting<number> | undefined | null = null;
  #seccompProfileType: Setting<string> | undefined | null = null;
  #windowsRunAsUserName: Setting<string> | undefined | null = null;
  #capabilitiesAdded: CapabilityEntry[] | null = null;
  #capabilitiesDropped: CapabilityEntry[] | null = null;

  constructor(
    readonly container: ContainerView,
    private readonly pod: PodSecurity,
  ) {
    this.context = asObject(container.container.securityContext);
  }

  get runAsNonRoot(): Setting<boolean> | undefined {
    if (this.#runAsNonRoot === null) this.#runAsNonRoot = this.effective(['runAsNonRoot'], isBoolean);
    return this.#runAsNonRoot;
  }

  get runAsUser(): Setting<number> | undefined {
    if (this.#runAsUser === null) this.#runAsUser = this.effective(['runAsUser'], isInteger);
    return this.#runAsUser;
  }

  get seccompProfileType(): Setting<string> | undefined {
    if (this.#seccompProfileType === null) this.#seccompProfileType = this.effective(['seccompProfile', 'type'], isString);
    return this.#seccompProfileType;
  }

  get windowsRunAsUserName(): Setting<string> | undefined {
    if (this.#windowsRunAsUserName === null) this.#windowsRunAsUserName = this.effective(['windowsOptions', 'runAsUserName'], isString);
    return this.#windowsRunAsUserName;
  }

  get capabilitiesAdded(): readonly CapabilityEntry[] {
    return (this.#capabilitiesAdded ??= this.capabilityEntries('add'));
  }

  get capabilitiesDropped(): readonly CapabilityEntry[] {
    return (this.#capabilitiesDropped ??= this.capabilityEntries('drop'));
  }

  reportPath(...field: string[]): Path {
    // existingPrefix(container, ['securityContext', ...field]) appended to the container's path, built
    // in one array: rules ask this for most containers of every workload
    const path: (string | number)[] = [...this.container.path];
    let current: unknown = this.container.container;
    for (let i = -1; i < field.length; i++) {
      const segment = i < 0 ? 'securityContext' : field[i]!;
      if (!isObject(current) || !Object.prototype.hasOwnProperty.call(current, segment)) break;
      path.push(segment);
      current = current[segment];
    }
    return path;
  }

  private effective<T>(field: Path, accept: (value: unknown) => value is T): Setting<T> | undefined {
    const own = valueAt(this.context, field);
    if (accept(own)) return { value: own, path: [...this.container.path, 'securityContext', ...field], level: 'container' };
    const inherited = valueAt(this.pod.context, field);
    if (accept(inherited)) return { value: inherited, path: [...this.pod.specPath, 'securityContext', ...field], level: 'pod' };
    return undefined;
  }

  private capabilityEntries(which: 'add' | 'drop'): CapabilityEntry[] {
    const list = asObject(this.context.capabilities)[which];
    return capabilityEntries(list, [...this.container.path, 'securityContext', 'capabilities', which]);
  }
}

/** Pods with `spec.os.name: windows`, where Linux-only settings are forbidden by the API server. */
export function isWindowsPod(template: PodTemplateView): boolean {
  return isObject(template.spec.os) && template.spec.os.name === 'windows';
}

/** `cap_net_raw` → `NET_RAW`: the form the container runtimes accept and compare. */
export function normalizeCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

/** `container "a"`, `containers "a" and "b"`, `containers "a", "b" and "c"`. */
export function formatContainerNames(names: readonly string[]): string {
  const quoted = names.map((n) => JSON.stringify(n));
  if (quoted.length <= 1) return `container ${quoted[0] ?? '""'}`;
  return `containers ${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

function capabilityEntries(list: unknown, path: Path): CapabilityEntry[] {
  const out: CapabilityEntry[] = [];
  asArray(list).forEach((name, i) => {
    if (typeof name === 'string') out.push({ name: normalizeCapability(name), path: [...path, i] });
  });
  return out;
}

function valueAt(object: KubeObject, field: Path): unknown {
  let current: unknown = object;
  for (let i = 0; i < field.length; i++) current = isObject(current) ? current[field[i] as string] : undefined;
  return current;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isString = (value: unknown): value is string => typeof value === 'string';
