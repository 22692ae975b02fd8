import { describe, expect, it } from 'vitest';
import { isOnChangedLines, parseChangedLines } from '../../src/action/changed-lines';
import type { Finding } from '../../src/core/types';

const DIFF = `diff --git a/k8s/web.yaml b/k8s/web.yaml
index 083c5ae..569c740 100644
--- a/k8s/web.yaml
+++ b/k8s/web.yaml
@@ -2 +2 @@ metadata:
-  name: a
+  name: b
@@ -10,0 +11,3 @@ spec:
+  x: 1
+  y: 2
+  z: 3
@@ -20,2 +22,0 @@ spec:
-  gone: 1
-  gone: 2
diff --git a/old.yaml b/old.yaml
deleted file mode 100644
--- a/old.yaml
+++ /dev/null
@@ -1,3 +0,0 @@
-a: 1
diff --git a/a.yaml b/moved/a.yaml
similarity 90%
rename from a.yaml
rename to moved/a.yaml
--- a/a.yaml
+++ b/moved/a.yaml
@@ -4 +4 @@
-x
+y
diff --git "a/sp ace\\tt\\303\\251.yaml" "b/sp ace\\tt\\303\\251.yaml"
--- "a/sp ace\\tt\\303\\251.yaml"
+++ "b/sp ace\\tt\\303\\251.yaml"
@@ -1 +1,2 @@
-a
+b
+c
`;

const finding = (file: string, line: number, endLine = line, extra: Partial<Finding> = {}): Finding => ({
  rule: 'r',
  severity: 'error',
  message: 'm',
  file,
  line,
  column: 3,
  endLine,
  endColumn: 9,
  resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'default', name: 'c' },
  path: null,
  ...extra,
});

describe('changed lines from git diff --unified=0', () => {
  const changed = parseChangedLines(DIFF);

  it('collects the new side of every hunk; pure deletions and deleted files add nothing; renames use the new path', () => {
    expect([...changed]).toEqual([
      ['k8s/web.yaml', [[2, 2], [11, 13]]],
      ['moved/a.yaml', [[4, 4]]],
      ['sp ace\tté.yaml', [[1, 2]]],
    ]);
  });

  it('a finding is on the changed lines when its range or its object touches a hunk', () => {
    expect(isOnChangedLines(finding('k8s/web.yaml', 2), changed)).toBe(true);
    expect(isOnChangedLines(finding('./k8s/web.yaml', 10, 11), changed)).toBe(true);
    expect(isOnChangedLines(finding('k8s/web.yaml', 5), changed)).toBe(false);
    expect(isOnChangedLines(finding('k8s/other.yaml', 2), changed)).toBe(false);
    const object = { file: 'k8s/web.yaml', ref: finding('', 0).resource!, line: 4, endLine: 12 };
    expect(isOnChangedLines(finding('k8s/web.yaml', 5), changed, [object])).toBe(true);
    expect(isOnChangedLines(finding('k8s/web.yaml', 5), changed, [{ ...object, line: 3, endLine: 9 }])).toBe(false);
  });

  it('a file-level finding (no object, at 1:1) counts for any changed file', () => {
    const fileLevel = finding('moved/a.yaml', 1, 1, { resource: null, column: 1, endColumn: 1 });
    expect(isOnChangedLines(fileLevel, changed)).toBe(true);
    expect(isOnChangedLines({ ...fileLevel, file: 'elsewhere.yaml' }, changed)).toBe(false);
  });
});
