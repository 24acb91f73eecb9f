import { z } from 'zod';
import { ja } from 'zod/locales';

// Schemas are parsed in the main process and in forms alike; both must speak Japanese.
z.config(ja());

export { z };
