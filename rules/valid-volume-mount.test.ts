import { testRule, yaml } from '../test/support/rule-tester';
import rule from './valid-volume-mount';

testRule(rule, {
  valid: [
    {
      name: 'mounts of defined volumes at distinct paths, subPaths within the volume, a block device from a claim',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: db }
        spec:
          selector: { matchLabels: { app: db } }
          template:
            metadata: { labels: { app: db } }
            spec:
              initContainers:
                - name: init
                  image: busybox:1.36
                  volumeMounts: [{ name: config, mountPath: /config }]
              containers:
                - name: db
                  image: postgres:16
                  volumeMounts:
                    - { name: config, mountPath: /etc/postgresql/postgresql.conf, subPath: postgresql.conf }
                    - { name: config, mountPath: /etc/postgresql/conf.d, subPath: conf.d/extra }
                    - { name: data, mountPath: /var/lib/postgresql, subPathExpr: $(POD_NAME) }
                    - { name: certs, mountPath: /certs, readOnly: true, recursiveReadOnly: Enabled }
                    - { name: certs, mountPath: /certs/, readOnly: true }
                  volumeDevices:
                    - { name: raw, devicePath: /dev/xvda }
                    - { name: scratch, devicePath: /dev/xvdb }
                - name: agent
                  image: agent:1
                  securityContext: { privileged: true }
                  volumeMounts:
                    - { name: host, mountPath: /host, mountPropagation: Bidirectional }
                    - { name: config, mountPath: /config, subPath: "..data" }
              volumes:
                - { name: config, configMap: { name: db-config } }
                - { name: data, emptyDir: {} }
                - { name: certs, secret: { secretName: db-certs } }
                - { name: raw, persistentVolumeClaim: { claimName: raw } }
                - name: scratch
                  ephemeral:
                    volumeClaimTemplate:
                      spec: { volumeMode: Block, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
                - { name: host, hostPath: { path: /mnt } }
      `,
    },
    {
      name: "a StatefulSet's pods get a volume per volumeClaimTemplate, mountable and usable as a block device",
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
              containers:
                - name: db
                  image: db:1
                  volumeMounts: [{ name: data, mountPath: /data }]
                  volumeDevices: [{ name: raw, devicePath: /dev/xvda }]
          volumeClaimTemplates:
            - metadata: { name: data }
              spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
            - metadata: { name: raw }
              spec: { volumeMode: Block, accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
    },
    {
      name: 'a pod without mounts, and one with volumes nobody mounts',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers: [{ name: app, image: app:1 }]
          volumes: [{ name: unused, emptyDir: {} }]
      `,
    },
  ],
  invalid: [
    {
      name: 'a mount of a volume the pod does not define: did you mean, the list of volumes, no volumes',
      code: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: { name: web }
        spec:
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts:
                    - name: confg
                      mountPath: /etc/nginx/conf.d
                    - name: cache
                      mountPath: /var/cache/nginx
              volumes:
                - { name: config, configMap: { name: web-config } }
                - { name: tmp, emptyDir: {} }
        ---
        apiVersion: batch/v1
        kind: Job
        metadata: { name: migrate }
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: migrate:1
                  volumeMounts: [{ name: secrets, mountPath: /secrets }]
      `,
      errors: [
        {
          messageId: 'unknownVolume',
          line: 13,
          column: 21,
          message: 'container "web" mounts volume "confg", but the pod defines no volume by that name (did you mean "config"?)',
        },
        {
          messageId: 'unknownVolume',
          line: 15,
          column: 21,
          message: 'container "web" mounts volume "cache", but the pod defines no volume by that name (its volumes: config, tmp)',
        },
        {
          messageId: 'unknownVolume',
          line: 31,
          column: 34,
          message: 'container "migrate" mounts volume "secrets", but the pod defines no volume by that name (it has no volumes)',
        },
      ],
    },
    {
      name: 'two mounts at one path, two devices at one path, a mount at a device path',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - { name: a, mountPath: /data }
                - { name: b, mountPath: /data }
                - { name: b, mountPath: /dev/xvda }
              volumeDevices:
                - { name: c, devicePath: /dev/xvda }
                - { name: d, devicePath: /dev/xvda }
          volumes:
            - { name: a, emptyDir: {} }
            - { name: b, emptyDir: {} }
            - { name: c, persistentVolumeClaim: { claimName: c } }
            - { name: d, persistentVolumeClaim: { claimName: d } }
      `,
      errors: [
        {
          messageId: 'duplicatePath',
          line: 10,
          column: 33,
          message: 'container "app" has two volume mounts at /data (volumeMounts[0] and volumeMounts[1]): the API server requires unique paths',
        },
        { messageId: 'pathOfDevice', line: 11, column: 33, message: 'container "app" has both a volume mount and a block device at /dev/xvda' },
        {
          messageId: 'duplicatePath',
          line: 14,
          column: 34,
          message: 'container "app" has two block devices at /dev/xvda (volumeDevices[0] and volumeDevices[1]): the API server requires unique paths',
        },
      ],
    },
    {
      name: 'subPaths that leave the volume, and subPath beside subPathExpr',
      code: yaml`
        apiVersion: v1
        kind: Pod
        metadata: { name: p }
        spec:
          containers:
            - name: app
              image: app:1
              volumeMounts:
                - { name: v, mountPath: /a, subPath: /etc/passwd }
                - { name: v, mountPath: /b, subPath: ../../etc }
                - { name: v, mountPath: /c, subPathExpr: logs/../$(POD_NAME)/.. }
                - { name: v, mountPath: /d, subPath: x, subPathExpr: $(POD_NAME) }
          volumes: [{ name: v, emptyDir: {} }]
      `,
      errors: [
        { messageId: 'relativePath', line: 9, column: 46, message: 'subPath "/etc/passwd" must be a relative path (a path within the volume)' },
        { messageId: 'noBacksteps', line: 10, column: 46, message: 'subPath "../../etc" must not contain ".." (a path within the volume)' },
        { messageId: 'noBacksteps', line: 11, column: 50, message: 'subPathExpr "logs/../$(POD_NAME)/.." must not contain ".." (a path within the volume)' },
        { messageId: 'subPathAndExpr', line: 12, column: 62, message: 'subPath and subPathExpr are mutually exclusive: set one of them' },
      ],
    },
    {
      name: 'block devices: from a volume that is no claim, a volume also mounted, an unknown volume',
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
              containers:
                - name: db
                  image: db:1
                  volumeMounts: [{ name: disk, mountPath: /data }]
                  volumeDevices:
                    - { name: scratch, devicePath: /dev/xvda }
                    - { name: disk, devicePath: /dev/xvdb }
                    - { name: dsk, devicePath: /dev/xvdc }
              volumes:
                - { name: scratch, emptyDir: {} }
                - { name: disk, persistentVolumeClaim: { claimName: disk } }
          volumeClaimTemplates:
            - metadata: { name: logs }
              spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: { name: web }
        spec:
          serviceName: web
          selector: { matchLabels: { app: web } }
          template:
            metadata: { labels: { app: web } }
            spec:
              containers:
                - name: web
                  image: nginx:1.27
                  volumeMounts: [{ name: wwww, mountPath: /usr/share/nginx/html }]
          volumeClaimTemplates:
            - metadata: { name: www }
              spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
      `,
      errors: [
        { messageId: 'mountAndDevice', line: 13, column: 34, message: 'container "db" uses volume "disk" both in volumeMounts and in volumeDevices' },
        {
          messageId: 'notBlockSource',
          line: 15,
          column: 23,
          message: 'volume "scratch" comes from emptyDir: only a persistentVolumeClaim or ephemeral volume can be a block device (volumeDevices)',
        },
        {
          messageId: 'unknownDevice',
          line: 17,
          column: 23,
          message: 'container "db" uses volume "dsk" as a block device, but the pod defines no volume by that name (did you mean "disk"?)',
        },
        {
          messageId: 'unknownVolume',
          line: 37,
          column: 34,
          message: 'container "web" mounts volume "wwww", but the pod defines no volume by that name (did you mean "www"?)',
        },
      ],
    },
    {
      name: 'Bidirectional propagation without privilege, recursiveReadOnly without a read-only mount',
      code: yaml`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata: { name: csi }
        spec:
          selector: { matchLabels: { app: csi } }
          template:
            metadata: { labels: { app: csi } }
            spec:
              containers:
                - name: driver
                  image: csi:1
                  securityContext: { privileged: false }
                  volumeMounts:
                    - { name: pods, mountPath: /var/lib/kubelet/pods, mountPropagation: Bidirectional }
                    - { name: certs, mountPath: /certs, recursiveReadOnly: Enabled }
                    - { name: certs, mountPath: /certs2, readOnly: true, recursiveReadOnly: IfPossible, mountPropagation: HostToContainer }
              volumes:
                - { name: pods, hostPath: { path: /var/lib/kubelet/pods } }
                - { name: certs, secret: { secretName: certs } }
      `,
      errors: [
        {
          messageId: 'bidirectional',
          line: 14,
          column: 81,
          message: 'container "driver" uses Bidirectional mount propagation, which only privileged containers may use',
        },
        { messageId: 'recursiveReadOnly', line: 15, column: 68, message: 'recursiveReadOnly Enabled needs readOnly: true on the mount' },
        { messageId: 'recursiveReadOnly', line: 16, column: 85, message: 'recursiveReadOnly IfPossible needs mountPropagation None (or unset) on the mount' },
      ],
    },
  ],
});
