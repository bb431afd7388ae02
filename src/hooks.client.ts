import { config } from 'zod/v4/core';

// zod probes `new Function` to speed up parsing; under our CSP (no 'unsafe-eval') that probe
// is a policy violation. The interpreted path is plenty fast for checklist-sized data.
// (Imported from the core so that the first page does not load all of zod for one setting.)
config({ jitless: true });
