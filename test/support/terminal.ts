import { PassThrough } from 'node:stream';

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', backspace: '\u007f', ctrlC: '\u0003' } as const;

/**
 * A scripted terminal for prompts: each step waits until its text appears on the screen (after
 * the previous step's), then types its keys. `screen()` is everything written, ANSI codes included.
 */
export function driveTerminal(steps: readonly (readonly [waitFor: string, keys: string])[]) {
  const input = new PassThrough();
  const output = Object.assign(new PassThrough(), { columns: 100, rows: 40 });
  let screen = '';
  let searchFrom = 0;
  let next = 0;
  const pump = () => {
    if (next >= steps.length) return;
    const [waitFor, keys] = steps[next]!;
    const at = screen.indexOf(waitFor, searchFrom);
    if (at === -1) return;
    searchFrom = at + waitFor.length;
    next++;
    // Let the prompt finish rendering and start listening before typing.
    setTimeout(() => {
      input.write(keys);
      pump();
    }, 5);
  };
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString('utf8');
    pump();
  });
  return {
    streams: { input, output },
    screen: () => screen,
    /** Steps whose text never appeared: a prompt that was not asked. */
    pending: () => steps.slice(next).map(([waitFor]) => waitFor),
  };
}
