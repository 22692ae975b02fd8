import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/io/read-inputs';

const cwd = 'test/fixtures/kustomize';
const stdin = async () => '';

function hasKubectl(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('readInputs', () => {
  it('walks folders in sorted order and notes kustomize folders instead of reading their patches', async () => {
    const result = await readInputs(['.'], { cwd, readStdin: stdin, renderKustomization: async () => ({ text: 'unused' }) });
    expect(result.files.map((f) => f.file)).toEqual(['plain/configmap.yaml']);
    expect(result.findings.map((f) => [f.rule, f.severity, f.file, f.message])).toEqual([
      ['input', 'info', 'app/base/kustomization.yaml', "kustomize folder not linted file by file: run 'kubeplan lint app/base' to check its rendered output"],
    ]);
  });

  it('notes Helm charts instead of reading their templates, in a folder walk and for named files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-helm-'));
    try {
      mkdirSync(join(dir, 'charts', 'web', 'templates', 'sub'), { recursive: true });
      writeFileSync(join(dir, 'charts', 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
      writeFileSync(join(dir, 'charts', 'web', 'values.yaml'), 'replicaCount: 1\n');
      writeFileSync(join(dir, 'charts', 'web', 'templates', 'deployment.yaml'), 'metadata:\n  name: {{ .Release.Name }}\n');
      writeFileSync(join(dir, 'charts', 'web', 'templates', 'sub', 'service.yaml'), 'kind: {{ .Values.kind }}\n');
      writeFileSync(join(dir, 'plain.yaml'), 'kind: ConfigMap\n');
      const note = "Helm chart not linted file by file (its templates are YAML only once rendered): run 'helm template charts/web | kubeplan lint -' to check it";
      const walked = await readInputs(['.'], { cwd: dir, readStdin: stdin });
      expect(walked.files.map((f) => f.file)).toEqual(['plain.yaml']);
      expect(walked.findings.map((f) => [f.severity, f.file, f.message])).toEqual([['info', 'charts/web/Chart.yaml', note]]);
      // pre-commit passes the changed files: one note for the chart, the other files read
      const named = await readInputs(
        ['charts/web/templates/deployment.yaml', 'charts/web/templates/sub/service.yaml', 'charts/web/values.yaml', 'plain.yaml'],
        { cwd: dir, readStdin: stdin },
      );
      expect(named.files.map((f) => f.file)).toEqual(['plain.yaml']);
      expect(named.findings.map((f) => [f.severity, f.file, f.message])).toEqual([['info', 'charts/web/Chart.yaml', note]]);
      expect(named.ioError).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns about a folder without manifests instead of reporting a clean run, unless it noted why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-empty-'));
    try {
      mkdirSync(join(dir, 'docs', 'img'), { recursive: true });
      writeFileSync(join(dir, 'docs', 'README.md'), '# not a manifest\n');
      mkdirSync(join(dir, 'chart'));
      writeFileSync(join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
      const result = await readInputs(['docs', 'chart'], { cwd: dir, readStdin: stdin });
      expect(result.files).toEqual([]);
      expect(result.findings.map((f) => [f.severity, f.file, f.message.split(' (')[0]])).toEqual([
        ['warning', 'docs', 'no manifests in this folder'],
        ['info', 'chart/Chart.yaml', 'Helm chart not linted file by file'],
      ]);
      expect(result.ioError).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('hands each text to onRead as soon as it is read, in reading order, refused files not included', async () => {
    const seen: string[] = [];
    const result = await readInputs(['plain', '-'], { cwd, readStdin: async () => 'from: stdin\n', onRead: (text) => void seen.push(text) });
    expect(seen).toEqual(result.files.map((f) => f.text));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe('from: stdin\n');
  });

  it('names the files of a walk from the folder as given, as path.join does (./ and trailing separators dropped)', async () => {
    const absolute = `${process.cwd()}/${cwd}`;
    const cases: [string, string][] = [
      ['plain', 'plain/configmap.yaml'],
      ['./plain/', 'plain/configmap.yaml'],
      ['plain//', 'plain/configmap.yaml'],
      ['./', 'plain/configmap.yaml'],
      ['app/../plain', 'plain/configmap.yaml'],
      [`${absolute}/plain/`, `${absolute}/plain/configmap.yaml`],
    ];
    for (const [root, file] of cases) {
      const result = await readInputs([root], { cwd, readStdin: stdin, renderKustomization: async () => ({ text: 'unused' }) });
      expect(result.files.map((f) => f.file), root).toEqual([file]);
    }
    const above = await readInputs(['../kustomize/plain'], { cwd, readStdin: stdin });
    expect(above.files.map((f) => f.file)).toEqual(['../kustomize/plain/configmap.yaml']);
  });

  it('reads a file once when paths overlap: a folder, the same folder spelled otherwise, a file inside it', async () => {
    const result = await readInputs(['plain', './plain/', 'plain/configmap.yaml', `${process.cwd()}/${cwd}/plain`], { cwd, readStdin: stdin });
    expect(result.files.map((f) => f.file)).toEqual(['plain/configmap.yaml']);
  });

  it('follows links to files (a link to a file of the walk reads as a repeat), notes links to folders and broken links', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-links-'));
    try {
      mkdirSync(join(dir, 'app'));
      mkdirSync(join(dir, 'shared'));
      writeFileSync(join(dir, 'app', 'b.yaml'), 'b: 1\n');
      writeFileSync(join(dir, 'shared', 'common.yaml'), 'common: 1\n');
      writeFileSync(join(dir, 'shared', 'notes.txt'), 'not a manifest\n');
      symlinkSync(join(dir, 'app', 'b.yaml'), join(dir, 'app', 'a-link-to-b.yaml'));
      symlinkSync(join(dir, 'shared', 'common.yaml'), join(dir, 'app', 'common.yaml'));
      symlinkSync(join(dir, 'shared', 'notes.txt'), join(dir, 'app', 'notes.txt'));
      symlinkSync(join(dir, 'missing.yaml'), join(dir, 'app', 'gone.yaml'));
      symlinkSync(join(dir, 'shared'), join(dir, 'app', 'shared'));
      const result = await readInputs(['app'], { cwd: dir, readStdin: stdin });
      expect(result.files).toEqual([
        { file: 'app/b.yaml', text: 'b: 1\n' },
        { file: 'app/common.yaml', text: 'common: 1\n' },
      ]);
      expect(result.findings.map((f) => [f.severity, f.file, f.message])).toEqual([
        ['warning', 'app/gone.yaml', 'broken symbolic link (its target does not exist): not linted'],
        ['info', 'app/shared', "symbolic link to a folder, not followed: run 'kubeplan lint app/shared' to lint it"],
      ]);
      expect(result.ioError).toBe(false);
      // named, the linked folder is read, and a file reached both ways is read once
      const named = await readInputs(['app/shared', 'shared'], { cwd: dir, readStdin: stdin });
      expect(named.files.map((f) => f.file)).toEqual(['app/shared/common.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('file contents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubeplan-read-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);

    it('reads text, refuses invalid UTF-8, binary and oversized files, each with its reason', async () => {
      write('a-replacement-char.yaml', 'a: "\uFFFD"\n'); // valid UTF-8 for U+FFFD itself
      write('b-invalid.yaml', Uint8Array.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
      write('c-nul-early.yaml', 'a: b\n\0\n');
      // a NUL after the first 8,000 bytes (but before the 8,000th character) is the parser's to report
      write('d-nul-late.yaml', `a: ${'é'.repeat(5000)}\0\n`);
      write('e-bom.yaml', '\uFEFFa: b\n');
      write('f-huge.yaml', '');
      truncateSync(join(dir, 'f-huge.yaml'), 64 * 1024 * 1024 + 1); // sparse: never read
      const result = await readInputs(['.'], { cwd: dir, readStdin: stdin });
      expect(result.files).toEqual([
        { file: 'a-replacement-char.yaml', text: 'a: "\uFFFD"\n' },
        { file: 'd-nul-late.yaml', text: `a: ${'é'.repeat(5000)}\0\n` },
        { file: 'e-bom.yaml', text: 'a: b\n' },
      ]);
      expect(result.findings.map((f) => [f.file, f.message])).toEqual([
        ['b-invalid.yaml', 'file is not valid UTF-8 text (invalid byte 0xFF): not a YAML or JSON manifest'],
        ['c-nul-early.yaml', 'binary file (contains NUL bytes): not a YAML or JSON manifest'],
        ['f-huge.yaml', 'file is too large to lint (67108865 bytes; the limit is 67108864)'],
      ]);
      expect(result.ioError).toBe(false);
    });

    it('locates the first invalid UTF-8 byte at its line and column (in characters, as every position)', async () => {
      const line = (text: string) => Buffer.from(text, 'utf8');
      const files: Record<string, Buffer> = {
        // a Latin-1 é on line 5, after a real U+FFFD on line 2 and characters of 2, 3 and 4 bytes on its own line
        'latin1.yaml': Buffer.concat([line('a: 1\nb: "\uFFFD"\nc: 3\nd: 4\ne: "é€😀'), Buffer.from([0xe9]), line('"\n')]),
        // a sequence cut short (the first two bytes of €) before an ASCII letter
        'truncated.yaml': Buffer.concat([line('a: b\nc: "'), Buffer.from([0xe2, 0x82]), line('x"\n')]),
        // an encoded surrogate half, and a byte order mark that columns do not count
        'surrogate.yaml': Buffer.concat([line('\uFEFFa: "'), Buffer.from([0xed, 0xa0, 0x80]), line('"\n')]),
        'at-the-end.yaml': Buffer.concat([line('a: b\n'), Buffer.from([0xc3])]),
      };
      for (const [name, content] of Object.entries(files)) write(name, content);
      const result = await readInputs(Object.keys(files), { cwd: dir, readStdin: stdin });
      expect(result.files).toEqual([]);
      expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.message}`)).toEqual([
        'latin1.yaml:5:9-5:10 input file is not valid UTF-8 text (invalid byte 0xE9): not a YAML or JSON manifest',
        'truncated.yaml:2:5-2:6 input file is not valid UTF-8 text (invalid byte 0xE2): not a YAML or JSON manifest',
        'surrogate.yaml:1:5-1:6 input file is not valid UTF-8 text (invalid byte 0xED): not a YAML or JSON manifest',
        'at-the-end.yaml:2:1-2:2 input file is not valid UTF-8 text (invalid byte 0xC3): not a YAML or JSON manifest',
      ]);
      for (const name of Object.keys(files)) rmSync(join(dir, name));
    });

    it('checks standard input given as bytes as it checks a file', async () => {
      const read = (bytes: Uint8Array) => readInputs(['-'], { cwd: dir, readStdin: async () => bytes });
      expect(await read(Buffer.from('\uFEFFa: é\n'))).toEqual({ files: [{ file: '<stdin>', text: 'a: é\n' }], findings: [], ioError: false });
      const invalid = await read(Uint8Array.from([0x61, 0x3a, 0x0a, 0x20, 0x20, 0x80, 0x0a]));
      expect(invalid.files).toEqual([]);
      expect(invalid.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
        '<stdin>:2:3 file is not valid UTF-8 text (invalid byte 0x80): not a YAML or JSON manifest',
      ]);
      const binary = await read(Uint8Array.from([0x61, 0x00]));
      expect(binary.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`)).toEqual([
        '<stdin>:1:1 binary file (contains NUL bytes): not a YAML or JSON manifest',
      ]);
    });

    it('reads a file larger than its first read whole, a character split across the two reads included', async () => {
      // 1 MiB is read first: "é" (two bytes) starts on its last byte
      const text = `a: "${'x'.repeat(1024 * 1024 - 5)}é"\nb: c\n`;
      write('large.yaml', text);
      const result = await readInputs(['large.yaml'], { cwd: dir, readStdin: stdin });
      expect(result).toEqual({ files: [{ file: 'large.yaml', text }], findings: [], ioError: false });
      rmSync(join(dir, 'large.yaml'));
    });

    it('reads a file of exactly the size limit (the limit is on the bytes after it)', async () => {
      write('limit.yaml', '');
      truncateSync(join(dir, 'limit.yaml'), 64 * 1024 * 1024); // NUL bytes: read, then refused as binary
      const result = await readInputs(['limit.yaml'], { cwd: dir, readStdin: stdin });
      expect(result.findings.map((f) => [f.file, f.message])).toEqual([['limit.yaml', 'binary file (contains NUL bytes): not a YAML or JSON manifest']]);
      rmSync(join(dir, 'limit.yaml'));
    });

    it('reads a named pipe given explicitly (it cannot be sized: read as it comes)', async () => {
      const fifo = join(dir, 'pipe.yaml');
      execFileSync('mkfifo', [fifo]);
      const writer = spawn('sh', ['-c', `printf 'a: b\\n' > '${fifo}'`]);
      const result = await readInputs([fifo], { cwd: dir, readStdin: stdin });
      await new Promise((resolve) => writer.on('close', resolve));
      expect(result).toEqual({ files: [{ file: fifo, text: 'a: b\n' }], findings: [], ioError: false });
      rmSync(fifo);
    });
  });

  it('renders a kustomize folder named explicitly', async () => {
    const seen: string[] = [];
    const result = await readInputs(['app/base'], {
      cwd,
      readStdin: stdin,
      renderKustomization: async (dir) => {
        seen.push(dir);
        return { text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: rendered}\n' };
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/test\/fixtures\/kustomize\/app\/base$/);
    expect(result.files).toEqual([{ file: 'app/base (kustomize build)', text: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: rendered}\n' }]);
  });

  it('explains how to render when rendering fails', async () => {
    const result = await readInputs(['app/base/kustomization.yaml'], {
      cwd,
      readStdin: stdin,
      renderKustomization: async () => ({ error: 'is a kustomize folder and kubectl is not on PATH' }),
    });
    expect(result.files).toEqual([]);
    expect(result.findings.map((f) => [f.file, f.severity, f.message])).toEqual([
      ['app/base/kustomization.yaml', 'error', 'is a kustomize folder and kubectl is not on PATH'],
    ]);
  });

  it.skipIf(!hasKubectl())('renders with the real kubectl kustomize (skipped when kubectl is not installed)', async () => {
    const result = await readInputs(['app/base'], { cwd, readStdin: stdin });
    expect(result.findings).toEqual([]);
    expect(result.files[0]!.text).toContain('name: prod-web');
  });
});
