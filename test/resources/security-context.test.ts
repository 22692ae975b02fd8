import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/core/path';
import { podTemplateOf } from '../../src/resources/kinds';
import { parseInputs } from '../../src/resources/parse-inputs';
import {
  buildSecurityContexts,
  formatContainerNames,
  isWindowsPod,
  normalizeCapability,
} from '../../src/resources/security-context';
import { yaml } from '../support/rule-tester';

function contexts(text: string) {
  const { resources, findings } = parseInputs([{ file: 'm.yaml', text }]);
  expect(findings).toEqual([]);
  const template = podTemplateOf(resources[0]!)!;
  return { template, list: buildSecurityContexts(template) };
}

describe('buildSecurityContexts', () => {
  const { template, list } = contexts(yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: { name: web }
    spec:
      template:
        spec:
          securityContext:
            runAsNonRoot: true
            runAsUser: 1000
            seccompProfile: { type: RuntimeDefault }
            windowsOptions: { runAsUserName: ContainerUser }
          initContainers:
            - name: init
              image: busybox:1.36
              securityContext:
                runAsUser: 0
                capabilities: { add: [cap_net_admin], drop: [ALL] }
          containers:
            - name: web
              image: nginx:1.27
            - name: side
              image: envoy:1.30
              securityContext:
                seccompProfile: { type: Unconfined }
                windowsOptions: { gmsaCredentialSpecName: spec }
          ephemeralContainers:
            - name: debug
              image: busybox:1.36
  `);

  it('lists app, init and ephemeral containers', () => {
    expect(list.map((c) => c.container.name)).toEqual(['web', 'side', 'init', 'debug']);
  });

  it('falls back to the pod securityContext where the container sets nothing', () => {
    const web = list[0]!;
    expect(web.runAsUser).toEqual({ value: 1000, level: 'pod', path: ['spec', 'template', 'spec', 'securityContext', 'runAsUser'] });
    expect(web.runAsNonRoot?.value).toBe(true);
    expect(web.seccompProfileType?.value).toBe('RuntimeDefault');
  });

  it('prefers the container setting, field by field', () => {
    const [, side, init] = list;
    expect(init!.runAsUser).toEqual({ value: 0, level: 'container', path: ['spec', 'template', 'spec', 'initContainers', 0, 'securityContext', 'runAsUser'] });
    expect(init!.runAsNonRoot?.level).toBe('pod');
    expect(side!.seccompProfileType).toMatchObject({ value: 'Unconfined', level: 'container' });
    expect(side!.windowsRunAsUserName).toMatchObject({ value: 'ContainerUser', level: 'pod' });
  });

  it('normalises capabilities and keeps their paths', () => {
    const init = list[2]!;
    expect(init.capabilitiesAdded).toEqual([
      { name: 'NET_ADMIN', path: ['spec', 'template', 'spec', 'initContainers', 0, 'securityContext', 'capabilities', 'add', 0] },
    ]);
    expect(init.capabilitiesDropped.map((c) => c.name)).toEqual(['ALL']);
  });

  it('reports at the deepest part of securityContext that is written', () => {
    const [web, side, init] = list;
    expect(formatPath(web!.reportPath('readOnlyRootFilesystem'))).toBe('spec.template.spec.containers[0]');
    expect(formatPath(side!.reportPath('readOnlyRootFilesystem'))).toBe('spec.template.spec.containers[1].securityContext');
    expect(formatPath(init!.reportPath('capabilities', 'drop'))).toBe('spec.template.spec.initContainers[0].securityContext.capabilities.drop');
  });

  it('is not a Windows pod without spec.os', () => {
    expect(isWindowsPod(template)).toBe(false);
    const windows = contexts(yaml`
      apiVersion: v1
      kind: Pod
      metadata: { name: win }
      spec:
        os: { name: windows }
        containers: [{ name: app, image: app:1 }]
    `);
    expect(isWindowsPod(windows.template)).toBe(true);
    expect(windows.list[0]!.runAsUser).toBeUndefined();
  });
});

describe('capability and name helpers', () => {
  it.each([['NET_RAW', 'NET_RAW'], ['cap_net_raw', 'NET_RAW'], [' CAP_SYS_ADMIN ', 'SYS_ADMIN'], ['all', 'ALL']])('%j → %s', (raw, name) => {
    expect(normalizeCapability(raw)).toBe(name);
  });

  it('lists container names for messages', () => {
    expect(formatContainerNames(['a'])).toBe('container "a"');
    expect(formatContainerNames(['a', 'b'])).toBe('containers "a" and "b"');
    expect(formatContainerNames(['a', 'b', 'c'])).toBe('containers "a", "b" and "c"');
  });
});
