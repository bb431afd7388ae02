import { z } from 'zod';

/**
 * The one way the app imports zod, so that it is configured before any schema is defined.
 * Browsers run the app (and its workers) under a CSP without 'unsafe-eval': there zod must not
 * compile its fast path, nor probe whether it may (`new Function`), which the CSP reports as a
 * violation. It reads the setting when a schema is defined, hence this module rather than a
 * start-up hook, which would also put zod on every page's first load. Node (CLI, tests, bench)
 * keeps the compiled fast path.
 */
if ('window' in globalThis || 'WorkerGlobalScope' in globalThis) z.config({ jitless: true });

export { z };
