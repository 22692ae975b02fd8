import type { Path } from '../src/core/types';
import { createRule } from '../src/engine/rule';
import { POD_SPEC_KINDS, asArray, isObject, podTemplateOf } from '../src/resources/kinds';
import { ALL_CONTAINER_GROUPS, containersOf, portsOf } from '../src/resources/pod-spec';
import type { KubeObject } from '../src/resources/resource';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'] as const;

/** Checks a port number at `at` + `tail` (the path is made for a finding only). */
type Report = (field: string, value: number, at: Path, tail: string | readonly string[]) => void;

export default createRule({
  id: 'valid-port-range',
  meta: {
    category: 'correctness',
    severity: 'error',
    summary: 'Port numbers lie between 1 and 65535.',
    rationale:
      'The schemas only say that a port is a 32-bit integer; the API server rejects a Service port, ' +
      'targetPort, containerPort, hostPort, probe port, Ingress backend port or NetworkPolicy port outside ' +
      '1-65535, and a NetworkPolicy endPort below its port.',
    fix: 'use a port number between 1 and 65535',
    messages: {
      outOfRange: '{{field}} {{value}} is out of range ({{min}}-65535)',
      endPortBelow: 'endPort {{end}} is below port {{port}}',
      endPortNeedsNumber: 'endPort needs a numeric port, not "{{port}}"',
    },
    refusals: ['outOfRange', 'endPortBelow', 'endPortNeedsNumber'],
    defaultOptions: {},
    kinds: ['Service', 'Ingress', 'NetworkPolicy', ...POD_SPEC_KINDS],
  },
  check({ object, resource, report }) {
    const check: Report = (field, value, at, tail) => {
      if (!isPortNumber(value)) {
        report({ messageId: 'outOfRange', data: { field, value, min: 1 }, path: typeof tail === 'string' ? [...at, tail] : [...at, ...tail] });
      }
    };
    const spec = isObject(object.spec) ? object.spec : {};
    switch (resource.kind) {
      case 'Service':
        asArray(spec.ports).forEach((port, i) => {
          if (!isObject(port)) return;
          const at = ['spec', 'ports', i];
          if (typeof port.port === 'number') check('port', port.port, at, 'port');
          // targetPort 0 means "unset": the API server defaults it to port.
          if (typeof port.targetPort === 'number' && port.targetPort !== 0) check('targetPort', port.targetPort, at, 'targetPort');
        });
        return;
      case 'Ingress':
        checkIngress(spec, check);
        return;
      case 'NetworkPolicy':
        for (const direction of ['ingress', 'egress'] as const) {
          asArray(spec[direction]).forEach((rule, r) => {
            if (!isObject(rule)) return;
            asArray(rule.ports).forEach((p, i) => {
              if (!isObject(p)) return;
              const at = ['spec', direction, r, 'ports', i];
              if (typeof p.port === 'number') check('port', p.port, at, 'port');
              if (typeof p.endPort !== 'number') return;
              check('endPort', p.endPort, at, 'endPort');
              if (typeof p.port === 'string') {
                report({ messageId: 'endPortNeedsNumber', data: { port: p.port }, path: [...at, 'endPort'] });
              } else if (typeof p.port === 'number' && p.endPort < p.port) {
                report({ messageId: 'endPortBelow', data: { end: p.endPort, port: p.port }, path: [...at, 'endPort'] });
              }
            });
          });
        }
        return;
    }
    const template = podTemplateOf(resource);
    if (!template) return;
    const containers = containersOf(template, ALL_CONTAINER_GROUPS);
    for (let i = 0; i < containers.length; i++) {
      const container = containers[i]!;
      const ports = portsOf(container);
      for (let j = 0; j < ports.length; j++) {
        const port = ports[j]!;
        if (port.containerPort !== undefined) check('containerPort', port.containerPort, port.path, 'containerPort');
        // hostPort 0 means "no host port".
        if (port.hostPort !== undefined && port.hostPort !== 0) check('hostPort', port.hostPort, port.path, 'hostPort');
      }
      const c = container.container;
      for (const probe of PROBES) if (isObject(c[probe])) checkHandler(c[probe], container.path, [probe], check);
      if (isObject(c.lifecycle)) {
        for (const hook of ['postStart', 'preStop']) checkHandler(c.lifecycle[hook], container.path, ['lifecycle', hook], check);
      }
    }
  },
});

/** A probe's or hook's handler, at `at` + `where`. */
function checkHandler(handler: unknown, at: Path, where: readonly string[], check: Report): void {
  if (!isObject(handler)) return;
  for (const kind of HANDLERS) {
    const action = handler[kind];
    if (isObject(action) && typeof action.port === 'number' && !isPortNumber(action.port)) check(`${kind}.port`, action.port, at, [...where, kind, 'port']);
  }
}

const SERVICE_PORT_NUMBER = ['service', 'port', 'number'];

function isPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}

function checkIngress(spec: KubeObject, check: Report): void {
  const backend = (b: unknown, at: Path) => {
    if (!isObject(b)) return;
    if (isObject(b.service) && isObject(b.service.port) && typeof b.service.port.number === 'number') {
      check('port.number', b.service.port.number, at, SERVICE_PORT_NUMBER);
    } else if (typeof b.servicePort === 'number') {
      check('servicePort', b.servicePort, at, 'servicePort');
    }
  };
  backend(spec.defaultBackend, ['spec', 'defaultBackend']);
  backend(spec.backend, ['spec', 'backend']);
  asArray(spec.rules).forEach((rule, r) => {
    if (!isObject(rule) || !isObject(rule.http)) return;
    asArray(rule.http.paths).forEach((p, i) => {
      if (isObject(p)) backend(p.backend, ['spec', 'rules', r, 'http', 'paths', i, 'backend']);
    });
  });
}
