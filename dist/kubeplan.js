import { createRequire as __kubeplanCreateRequire } from 'node:module';
const require = __kubeplanCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunks/chunk-4B64MRVU.js";
import "./chunks/chunk-DCP4FZSZ.js";

// src/cli/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
var COMMANDS = {
  lint: { summary: "check manifests: YAML, schemas and lint rules", load: () => import("./chunks/lint-RBOUGP35.js") },
  rules: { summary: "list the lint rules", load: () => import("./chunks/rules-WY4EIQS5.js") },
  explain: { summary: "print a rule's documentation", load: () => import("./chunks/explain-6ME5M4KC.js") }
};
var EXIT = { ok: 0, findings: 1, usage: 2 };
async function execute(argv, io2) {
  const [name, ...rest] = argv;
  try {
    if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
      const topic = name === "help" ? rest[0] : void 0;
      if (topic && COMMANDS[topic]) {
        io2.stdout.write(`${(await COMMANDS[topic].load()).command.help}
`);
        return EXIT.ok;
      }
      io2.stdout.write(formatHelp());
      return name === void 0 ? EXIT.usage : EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      io2.stdout.write(`${VERSION}
`);
      return EXIT.ok;
    }
    const entry = COMMANDS[name];
    if (!entry) throw new UsageError(`unknown command "${name}"

${formatCommandList()}`);
    const { command } = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io2.stdout.write(`${command.help}
`);
      return EXIT.ok;
    }
    return await command.run(rest, io2);
  } catch (error) {
    if (error instanceof UsageError) {
      io2.stderr.write(`kubeplan: ${error.message}
`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    io2.stderr.write(`kubeplan: internal error (please report it): ${detail}
`);
    return EXIT.usage;
  }
}
function formatCommandList() {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return `Commands:
${Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`).join("\n")}`;
}
function formatHelp() {
  return `kubeplan ${VERSION}: lint Kubernetes manifests and plan what applying them would do, offline.

Usage: kubeplan <command> [options] [paths...]

${formatCommandList()}

Run 'kubeplan <command> --help' for a command's options.
Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
`;
}

// src/cli/bin.ts
var io = {
  stdout: { write: (text) => void process.stdout.write(text), isTTY: process.stdout.isTTY },
  stderr: { write: (text) => void process.stderr.write(text), isTTY: process.stderr.isTTY },
  stdinIsTTY: Boolean(process.stdin.isTTY),
  readStdin: async () => {
    const chunks = [];
    for await (const chunk of process.stdin) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  },
  env: process.env,
  cwd: process.cwd(),
  now: () => performance.now()
};
process.exitCode = await execute(process.argv.slice(2), io);
