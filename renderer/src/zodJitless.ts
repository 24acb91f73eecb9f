import { z } from 'zod';

// The CSP forbids eval. Zod probes `new Function` when an object schema is built, and the probe
// itself is reported as a violation: switch the probe off before any schema module loads.
// main.tsx imports this module first for that reason.
z.config({ jitless: true });
