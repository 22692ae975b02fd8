import { gitDiff, gitRefExists, runAction } from './main';

/** The process edge of the GitHub Action (action.yml runs the bundle of this file). */
try {
  process.exitCode = await runAction({
    env: process.env,
    cwd: process.cwd(),
    write: (text) => void process.stdout.write(text),
    gitDiff,
    gitRefExists,
  });
} catch (error) {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stdout.write(`::error title=kubeplan::internal error (please report it): ${detail.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exitCode = 2;
}
