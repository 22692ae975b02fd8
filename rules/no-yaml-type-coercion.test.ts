import { testRule, yaml } from '../test/support/rule-tester';
import rule from './no-yaml-type-coercion';

testRule(rule, {
  valid: [
    {
      name: 'quoted keys, keys that are already what they say, numbers written canonically',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: flags
          labels: { "on": "yes", "true": x }
        data:
          "on": enabled
          "1.10": release
          "8080": port
          true: literally-true
          feature.on: x
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata: { name: w }
        spec:
          replicas: 3
          ratio: 0.5
          version: "1.10"
          mode: "0644"
          enabled: yes
          zero: 0
      `,
    },
    {
      name: 'keys and values given their type by an explicit tag are written as meant',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: tagged
          labels: { !!bool yes: x, !!int 0644: y }
        data: { !!float 1.10: a }
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata: { name: w }
        spec: { mode: !!int 0644, version: !!float 1.10 }
      `,
    },
    {
      name: 'built-in typed fields are the schema\'s business (defaultMode 0644 is meant as octal)',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: busybox:1.36 }]
          volumes: [{ name: s, secret: { secretName: s, defaultMode: 0644 } }]
      `,
    },
    {
      name: 'a custom resource field that its CRD types as a number (or a string, which the schema checks)',
      code: yaml`
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: releases.example.com }
        spec:
          group: example.com
          names: { plural: releases, kind: Release }
          scope: Namespaced
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        ratio: { type: number }
                        version: { type: string }
                        weights: { type: array, items: { type: number } }
        ---
        apiVersion: example.com/v1
        kind: Release
        metadata: { name: web }
        spec:
          ratio: 1.50
          version: 1.10
          weights: [0.50, 1.0]
      `,
    },
  ],
  invalid: [
    {
      name: 'a label key in a second document, in a file with an anchor (parsed by the yaml library)',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: plain }
        data: { mode: "0644" }
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: flags
          labels:
            off: x
        data: { mode: &m "0644", copy: *m }
      `,
      errors: [{ messageId: 'booleanKey', line: 11, column: 5, message: 'key off is read as "false" (YAML 1.1 boolean); quote it: "off"' }],
    },
    {
      name: 'ConfigMap data keys that YAML turns into booleans and numbers',
      code: yaml`
        apiVersion: v1
        kind: ConfigMap
        metadata: { name: flags }
        data:
          on: enabled
          N: disabled
          1.10: release
          0755: mode
      `,
      errors: [
        // Object.entries lists integer-like keys ("493") first.
        { messageId: 'numberKey', line: 8, column: 3, message: 'key 0755 is read as "493" (a YAML number); quote it: "0755"' },
        {
          messageId: 'booleanKey',
          line: 5,
          column: 3,
          message: 'key on is read as "true" (YAML 1.1 boolean); quote it: "on"',
          path: 'data.true',
        },
        { messageId: 'booleanKey', line: 6, column: 3, message: 'key N is read as "false" (YAML 1.1 boolean); quote it: "N"' },
        { messageId: 'numberKey', line: 7, column: 3, message: 'key 1.10 is read as "1.1" (a YAML number); quote it: "1.10"' },
      ],
    },
    {
      name: 'label, selector and nodeSelector keys in a workload',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          labels: { y: x }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web }, annotations: { off: x } }
            spec:
              nodeSelector: { yes: "true" }
              containers: [{ name: web, image: nginx:1.27 }]
      `,
      errors: [
        { messageId: 'booleanKey', line: 5, column: 13 },
        { messageId: 'booleanKey', line: 9, column: 54 },
        { messageId: 'booleanKey', line: 11, column: 23 },
      ],
    },
    {
      name: 'a field the CRD leaves free-form (x-kubernetes-preserve-unknown-fields)',
      code: yaml`
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: { name: releases.example.com }
        spec:
          group: example.com
          names: { plural: releases, kind: Release }
          scope: Namespaced
          versions:
            - name: v1
              served: true
              storage: true
              schema:
                openAPIV3Schema:
                  type: object
                  properties:
                    spec:
                      type: object
                      properties:
                        values: { type: object, x-kubernetes-preserve-unknown-fields: true }
        ---
        apiVersion: example.com/v1
        kind: Release
        metadata: { name: web }
        spec:
          values:
            image: { tag: 1.20 }
      `,
      errors: [{ messageId: 'numberValue', line: 26, column: 19, message: '1.20 is read as the number 1.2; quote it if you meant the text "1.20"' }],
    },
    {
      name: 'custom resources: keys anywhere, numbers that lose their zeros',
      code: yaml`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: { name: release }
            spec:
              arguments:
                parameters:
                  - { name: version, value: 1.10 }
                  - { name: mode, value: 0644 }
                  - { name: build, value: 007 }
              on: { push: true }
      `,
      errors: [
        { messageId: 'numberValue', line: 10, column: 37, message: '1.10 is read as the number 1.1; quote it if you meant the text "1.10"' },
        { messageId: 'numberValue', line: 11, column: 34, message: '0644 is read as the number 420; quote it if you meant the text "0644"' },
        { messageId: 'numberValue', line: 12, column: 35 },
        { messageId: 'booleanKey', line: 13, column: 7, path: 'spec.true' },
      ],
    },
  ],
});
