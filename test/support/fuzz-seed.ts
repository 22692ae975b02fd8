import fc from 'fast-check';

/**
 * Property tests run with a fixed seed, so that a test run is reproducible and a run that lands
 * checks what the runs before it checked. FUZZ_SEED=<number> picks another seed, FUZZ_SEED=random a
 * new one each run (printed by fast-check on failure); FUZZ_RUNS raises the runs where a test reads it.
 */
const seed = process.env.FUZZ_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261123 : Number(seed) });
