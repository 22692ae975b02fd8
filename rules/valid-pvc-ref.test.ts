import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-pvc-ref';

testRule(rule, {
  valid: [
    {
      name: 'an existing claim; StatefulSet claim templates and ephemeral volumes are not references',
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: data }
        spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: c, image: busybox:1.36 }]
          volumes:
            - { name: data, persistentVolumeClaim: { claimName: data } }
            - name: scratch
              ephemeral:
                volumeClaimTemplate:
                  spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              containers: [{ name: db, image: postgres:16, volumeMounts: [{ name: pgdata, mountPath: /data }] }]
          volumeClaimTemplates:
            - metadata: { name: pgdata }
              spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
    },
    {
      name: 'a StatefulSet volume named like a volumeClaimTemplate is replaced by the generated claim',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              containers: [{ name: db, image: postgres:16 }]
              volumes: [{ name: datadir, persistentVolumeClaim: { claimName: datadir } }]
          volumeClaimTemplates:
            - metadata: { name: datadir }
              spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
    },
  ],
  invalid: [
    {
      name: 'a StatefulSet volume that is not named like a claim template is a reference',
      code: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: db }
        spec:
          serviceName: db
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              containers: [{ name: db, image: postgres:16 }]
              volumes:
                - { name: datadir, persistentVolumeClaim: { claimName: datadir } }
                - { name: backup, persistentVolumeClaim: { claimName: backups } }
          volumeClaimTemplates:
            - metadata: { name: datadir }
              spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
      errors: [{ messageId: 'missing', line: 13, column: 63, message: 'PersistentVolumeClaim "backups" not found in namespace default' }],
    },
    {
      name: 'a claim that does not exist',
      code: yaml`
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata: { name: uploads }
        spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers: [{ name: web, image: nginx:1.27 }]
              volumes:
                - name: uploads
                  persistentVolumeClaim:
                    claimName: upload
      `,
      errors: [
        {
          messageId: 'missing',
          line: 18,
          column: 24,
          message: 'PersistentVolumeClaim "upload" not found in namespace default (did you mean "uploads"?)',
          path: 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName',
        },
      ],
    },
  ],
});
